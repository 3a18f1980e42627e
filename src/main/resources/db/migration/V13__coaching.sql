-- Coaching after a low predicate (issue 12, DOMAIN.md §9): a session a supervisor plans with a report, its outcome,
-- and the report's answers to the nine statements of Format B.1.8. A low predicate without a plan is a row in
-- status UNPLANNED (kind, date and focus empty) until the supervisor plans it; the escalations read it.
create table coaching_session (
    id            bigserial primary key,
    employee_id   bigint not null references employee (id),
    supervisor_id bigint not null references employee (id),
    period_id     bigint references appraisal_period (id),
    predicate     text,
    kind          text check (kind in ('BIMBINGAN_KINERJA', 'DIALOG_KINERJA', 'PELATIHAN', 'PENUGASAN_KHUSUS')),
    session_date  date,
    focus         text check (char_length(focus) <= 500),
    status        text not null check (status in ('UNPLANNED', 'PLANNED', 'HELD', 'POSTPONED', 'NOT_HELD', 'CANCELLED')),
    outcome_note  text check (char_length(outcome_note) <= 500),
    requested_on  date not null,
    created_at    timestamptz not null,
    updated_at    timestamptz not null,
    check (status in ('UNPLANNED', 'CANCELLED') or (kind is not null and session_date is not null and focus is not null))
);
-- one request per report and period from the low predicate (a changed evaluation keeps it)
create unique index coaching_session_request_idx on coaching_session (employee_id, period_id) where predicate is not null;
create index coaching_session_open_idx on coaching_session (status, session_date);
create index coaching_session_supervisor_idx on coaching_session (supervisor_id);

-- Format B.1.8: one answer (1-4) per statement; shown only to the supervisor's own supervisor.
create table coaching_feedback (
    session_id  bigint not null references coaching_session (id),
    statement   smallint not null check (statement between 1 and 9),
    score       smallint not null check (score between 1 and 4),
    answered_at timestamptz not null,
    primary key (session_id, statement)
);
