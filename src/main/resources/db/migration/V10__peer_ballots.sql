-- Sealed peer ballots: what a rater's tap writes. A ballot is AES-GCM ciphertext under a key derived
-- from the peer secret (never in this database), padded to one size: a dump shows that someone cast a
-- ballot, not whom it is about, the stars, the comment or the pseudonym. The id is random, not a
-- sequence. The ballot job opens ballots and writes peer_rating in shuffled batches of its own
-- transactions, deleting the ballots it wrote in the same transaction.
create table peer_ballot (
    id     uuid primary key,
    sealed bytea not null
);

-- What the ratee and the supervisor are shown while the period is open: a snapshot refreshed only
-- when at least the threshold of new or changed ratings accumulated since the last one
-- (pending_changes), so no single rating can be read off a difference. No timestamps.
create table peer_published (
    period_id       bigint not null references appraisal_period (id),
    ratee_id        bigint not null references employee (id),
    rater_count     integer,
    average         numeric(3, 2),
    comments        text[],
    pending_changes integer not null default 0,
    primary key (period_id, ratee_id)
);
