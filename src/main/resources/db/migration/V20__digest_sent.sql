-- The weekly digest: one row per recipient and digest week (the date of that week's digest day), claimed in the
-- transaction that queues the message, so a second run of the job or a restart never sends it twice.
create table digest_sent (
    employee_id bigint not null references employee (id),
    week        date not null,
    queued_at   timestamptz not null,
    primary key (employee_id, week)
);
