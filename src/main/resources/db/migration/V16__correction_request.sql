-- Correction requests of data subjects (UU 27/2022 Pasal 30, 14): a recorded request with a number
-- (KR-<year>-<seq>) and a time, answered by HR within the deadline (3×24 hours by default).
create table correction_request (
    id          bigserial primary key,
    year        integer not null,
    seq         integer not null,
    employee_id bigint not null references employee (id),
    field       text not null check (field in ('NAME', 'NIP', 'UNIT', 'POSITION', 'SUPERVISOR', 'OTHER')),
    wrong       text not null check (char_length(wrong) between 1 and 500),
    wanted      text not null check (char_length(wanted) between 1 and 500),
    filed_at    timestamptz not null,
    due_at      timestamptz not null,
    status      text not null default 'OPEN' check (status in ('OPEN', 'CORRECTED', 'REFUSED')),
    answered_at timestamptz,
    answered_by bigint references employee (id),
    reason      text check (char_length(reason) <= 500),
    unique (year, seq),
    check (status <> 'REFUSED' or reason is not null)
);
create index correction_request_open_idx on correction_request (status, due_at);
create index correction_request_employee_idx on correction_request (employee_id);
