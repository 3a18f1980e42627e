-- Keberatan (PP 30/2019 Pasal 59): one objection per evaluation, decided by the rater's own supervisor (or HR when
-- the rater has none). The evaluation as it was when the objection was filed is kept with it.
create table objection (
    id                   bigserial primary key,
    evaluation_id        bigint not null unique references evaluation (id),
    employee_id          bigint not null references employee (id),
    period_id            bigint not null references appraisal_period (id),
    rater_id             bigint references employee (id),
    -- null: decided by HR (any HR admin but the rater and the employee)
    decider_id           bigint references employee (id),
    reasons              text not null,
    status               text not null check (status in ('OPEN', 'KEPT', 'CHANGED')),
    filed_at             timestamptz not null,
    decide_by            date not null,
    original_work_result text not null,
    original_behaviour   text not null,
    original_predicate   text not null,
    decided_work_result  text,
    decided_behaviour    text,
    decided_predicate    text,
    decided_by           bigint references employee (id),
    decided_at           timestamptz
);
create index objection_open_idx on objection (period_id) where status = 'OPEN';
create index objection_employee_idx on objection (employee_id);

-- A written explanation the decider asked the rater or the employee for.
create table objection_explanation (
    objection_id bigint not null references objection (id) on delete cascade,
    party        text not null check (party in ('RATER', 'EMPLOYEE')),
    author_id    bigint references employee (id),
    asked_at     timestamptz not null,
    due_on       date not null,
    text         text,
    answered_at  timestamptz,
    primary key (objection_id, party)
);

-- An evaluation changed by the decision on an objection says so.
alter table evaluation add column changed_by_objection bigint;
