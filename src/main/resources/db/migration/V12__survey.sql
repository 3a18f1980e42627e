-- The citizen satisfaction survey (SKM, docs/DOMAIN.md §5, §8). Nothing here names a respondent or orders
-- the answers in time: rows have random ids and a day, never a timestamp or a sequence. A respondent is
-- only ever a keyed hash (the key is outside the database), and completed answers reach survey_response
-- in shuffled batches written by a job, not in the respondent's own transaction (docs/CODEBASE.md).

-- One response per person, unit, service and day: HMAC(respondent key, telegram user, unit, service, day).
create table survey_respondent (
    respondent  bytea primary key,
    answered_on date not null
);
create index survey_respondent_day_idx on survey_respondent (answered_on);

-- A survey in progress, sealed; the holder is HMAC(draft key, telegram user).
create table survey_draft (
    holder     bytea primary key,
    sealed     bytea not null,
    expires_at timestamptz not null
);
create index survey_draft_expiry_idx on survey_draft (expires_at);

-- How many surveys an account started today (the flood limit); the holder as in survey_draft.
create table survey_start (
    holder bytea primary key,
    day    date not null,
    starts int not null
);

-- Completed surveys, sealed, until the job writes them as responses.
create table survey_ballot (
    id     uuid primary key,
    sealed bytea not null
);

-- service: the key of the service in the configuration, '' when the unit has none configured.
create table survey_response (
    id          uuid primary key,
    unit_id     bigint not null references unit (id),
    service     text not null default '',
    answered_on date not null,
    sex         text,
    age_band    text,
    education   text,
    occupation  text
);
create index survey_response_unit_day_idx on survey_response (unit_id, answered_on);

-- Answers by element name (never by position: forms order the elements differently).
create table survey_answer (
    response_id uuid not null references survey_response (id) on delete cascade,
    element     text not null,
    score       smallint not null check (score between 1 and 4),
    primary key (response_id, element)
);

-- Sums per unit, service, day and element, kept with the responses: the index reads these, not the answers.
create table survey_tally (
    unit_id bigint not null references unit (id),
    service text not null,
    day     date not null,
    element text not null,
    answers int not null,
    total   int not null,
    primary key (unit_id, service, day, element)
);

-- Suggestions and complaints, apart from the responses (a text with a profile would narrow who wrote it).
create table survey_suggestion (
    id             uuid primary key,
    unit_id        bigint not null references unit (id),
    service        text not null default '',
    answered_on    date not null,
    text           text not null,
    digested       boolean not null default false,
    followed_up_at timestamptz,
    followed_up_by bigint references employee (id),
    follow_up_note text
);
create index survey_suggestion_unit_idx on survey_suggestion (unit_id, answered_on);
create index survey_suggestion_undigested_idx on survey_suggestion (unit_id) where not digested;
