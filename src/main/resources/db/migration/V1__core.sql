-- Core schema: roster, periods, indicators, evaluations, accounts, conversation, update log, audit.
-- All timestamps are timestamptz (stored in UTC); calendar dates are plain dates in Asia/Jakarta.

create table unit (
    id          bigserial primary key,
    name        text not null unique,
    parent_id   bigint references unit (id)
);

create table employee (
    id               bigserial primary key,
    nip              char(18) not null unique,
    name             text not null,
    position         text not null,
    unit_id          bigint not null references unit (id),
    supervisor_id    bigint references employee (id),
    is_admin         boolean not null default false,
    active           boolean not null default true,
    telegram_user_id bigint unique,
    linked_at        timestamptz,
    unreachable_at   timestamptz,
    unreachable_reason text,
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now()
);
create index employee_supervisor_idx on employee (supervisor_id);
create index employee_unit_idx on employee (unit_id);

create table appraisal_period (
    id         bigserial primary key,
    code       text not null unique,
    kind       text not null check (kind in ('MONTHLY', 'QUARTERLY', 'ANNUAL')),
    start_date date not null,
    end_date   date not null,
    due_date   date not null,
    status     text not null check (status in ('OPEN', 'CLOSED')),
    opened_at  timestamptz not null default now(),
    closed_at  timestamptz,
    check (start_date <= end_date)
);

create table indicator (
    id               bigserial primary key,
    employee_id      bigint not null references employee (id),
    period_id        bigint not null references appraisal_period (id),
    name             text not null,
    target           numeric(14, 2) not null,
    unit_of_measure  text not null,
    realisation      numeric(14, 2),
    direction        text not null check (direction in ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER')),
    weight           numeric(7, 2) not null default 1,
    unique (employee_id, period_id, name)
);
create index indicator_period_idx on indicator (period_id);

create table evaluation (
    id           bigserial primary key,
    employee_id  bigint not null references employee (id),
    period_id    bigint not null references appraisal_period (id),
    evaluator_id bigint references employee (id),
    work_result  text not null check (work_result in ('BELOW', 'MEETS', 'ABOVE')),
    behaviour    text not null check (behaviour in ('BELOW', 'MEETS', 'ABOVE')),
    predicate    text not null,
    feedback     text,
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now(),
    unique (employee_id, period_id)
);
create index evaluation_period_idx on evaluation (period_id);

-- One-time link codes; only a hash of the code is kept.
create table link_code (
    id           bigserial primary key,
    employee_id  bigint not null references employee (id),
    code_hash    text not null unique,
    created_at   timestamptz not null,
    expires_at   timestamptz not null,
    used_at      timestamptz,
    revoked_at   timestamptz
);
create index link_code_employee_idx on link_code (employee_id);

create table link_attempt (
    id               bigserial primary key,
    telegram_user_id bigint not null,
    attempted_at     timestamptz not null,
    succeeded        boolean not null
);
create index link_attempt_user_idx on link_attempt (telegram_user_id, attempted_at);

-- Per Telegram account: preferences that exist before (and without) linking.
create table telegram_account (
    telegram_user_id bigint primary key,
    language         text not null,
    language_chosen  boolean not null default false,
    first_seen_at    timestamptz not null,
    last_seen_at     timestamptz not null
);

-- Conversation state per Telegram account: survives restarts.
create table conversation (
    telegram_user_id bigint primary key,
    state            text not null,
    data             text,
    updated_at       timestamptz not null
);

-- Update ids processed, recorded in the same transaction as the update's effects.
create table processed_update (
    update_id    bigint primary key,
    processed_at timestamptz not null
);
create index processed_update_time_idx on processed_update (processed_at);

create table audit_log (
    id        bigserial primary key,
    at        timestamptz not null,
    actor     text not null,
    action    text not null,
    subject   text,
    details   text
);
create index audit_log_subject_idx on audit_log (subject);
