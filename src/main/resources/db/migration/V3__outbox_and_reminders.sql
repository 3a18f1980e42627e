-- Everything the bot sends on its own (prompts, escalations, notifications) goes through the outbox.
-- The dedupe key (kind, period, recipient, slot) makes a schedule slot produce at most one message.
create table outbox_message (
    id                  bigserial primary key,
    dedupe_key          text not null unique,
    kind                text not null,
    chat_id             bigint not null,
    employee_id         bigint references employee (id),
    html                text not null,
    keyboard            text,
    status              text not null default 'PENDING'
                        check (status in ('PENDING', 'SENDING', 'SENT', 'FAILED', 'UNREACHABLE')),
    attempts            integer not null default 0,
    not_before          timestamptz not null,
    lease_until         timestamptz,
    created_at          timestamptz not null,
    sent_at             timestamptz,
    telegram_message_id integer,
    last_error          text
);
create index outbox_message_due_idx on outbox_message (not_before) where status in ('PENDING', 'SENDING');
create index outbox_message_employee_idx on outbox_message (employee_id);

-- "Remind me tomorrow": one extra prompt on the given working day.
create table prompt_snooze (
    supervisor_id bigint not null references employee (id),
    period_id     bigint not null references appraisal_period (id),
    remind_on     date not null,
    created_at    timestamptz not null,
    primary key (supervisor_id, period_id, remind_on)
);
