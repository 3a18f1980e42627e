-- Follow-up of the appraisal: competence development hours (JP) and recognition (apresiasi), DOMAIN.md §9.

-- PNS or PPPK, as the roster's status column says: the yearly JP target differs (PP 17/2020; PPPK configurable).
alter table employee add column employment text not null default 'PNS' check (employment in ('PNS', 'PPPK'));

create table development_activity (
    id           bigserial primary key,
    employee_id  bigint not null references employee (id) on delete cascade,
    kind         text not null check (kind in ('DIKLAT', 'SEMINAR', 'KURSUS', 'E_LEARNING', 'BIMTEK', 'MAGANG', 'OTHER')),
    title        text not null,
    organiser    text not null,
    start_date   date not null,
    end_date     date not null,
    jp           integer not null check (jp between 1 and 200),
    recorded_at  timestamptz not null,
    check (end_date >= start_date)
);
create index development_activity_employee_idx on development_activity (employee_id, end_date);

create table recognition (
    id              bigserial primary key,
    employee_id     bigint not null references employee (id) on delete cascade,
    period_id       bigint not null references appraisal_period (id) on delete cascade,
    recorded_by     bigint not null references employee (id) on delete cascade,
    note            text not null,
    recommendation  text not null check (recommendation in ('TRAINING', 'ASSIGNMENT', 'NONE')),
    recorded_at     timestamptz not null,
    unique (employee_id, period_id)
);
