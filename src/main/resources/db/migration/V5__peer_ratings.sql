-- Peer teamwork ratings (SPEC §2.4). Anonymity by construction:
--  * the rater is stored only as rater_pseudonym = HMAC-SHA256(secret, raterEmployeeId ":" periodId), with a
--    secret that is NOT in this database (configuration or a file in the data directory), so a dump of the
--    database cannot tell who rated whom;
--  * no serial id and no timestamp: either would let the insertion order or time be matched against other
--    tables (telegram_account.last_seen_at, conversation.updated_at) to re-identify the rater.
create table peer_rating (
    period_id       bigint not null references appraisal_period (id),
    ratee_id        bigint not null references employee (id),
    rater_pseudonym text not null,
    stars           smallint not null check (stars between 1 and 5),
    comment         text check (char_length(comment) <= 300),
    primary key (period_id, ratee_id, rater_pseudonym)
);
create index peer_rating_rater_idx on peer_rating (period_id, rater_pseudonym);

-- Frozen per-person result of a closed period. The average and the comments are kept only when the
-- anonymity threshold was met; rater_count alone is kept otherwise.
create table peer_aggregate (
    ratee_id    bigint not null references employee (id),
    period_id   bigint not null references appraisal_period (id),
    rater_count integer not null,
    average     numeric(3, 2),
    comments    text[],
    primary key (ratee_id, period_id)
);
create index peer_aggregate_period_idx on peer_aggregate (period_id);
