-- Announcements (sosialisasi) of HR to the people of its scope: a draft while HR writes it and picks the
-- audience, then sent once through the outbox; each recipient's row records whether they acknowledged it.
create table announcement (
    id          bigserial primary key,
    author_id   bigint not null references employee (id),
    body        text not null check (char_length(body) between 1 and 12000),
    audience    text check (audience in ('EVERYONE', 'UNIT', 'SUPERVISORS')),
    unit_id     bigint references unit (id),
    with_ack    boolean not null default false,
    status      text not null default 'DRAFT' check (status in ('DRAFT', 'SENT', 'CANCELLED')),
    created_at  timestamptz not null,
    sent_at     timestamptz,
    recipients  integer not null default 0
);
create index announcement_author_idx on announcement (author_id, status, sent_at desc);

create table announcement_recipient (
    announcement_id bigint not null references announcement (id) on delete cascade,
    employee_id     bigint not null references employee (id),
    acknowledged_at timestamptz,
    primary key (announcement_id, employee_id)
);
create index announcement_recipient_employee_idx on announcement_recipient (employee_id);
