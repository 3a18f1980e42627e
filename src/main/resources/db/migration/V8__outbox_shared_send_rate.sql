-- Telegram's limits are per bot, not per instance: the outbox's token bucket and its pause after a 429 live in
-- one row that every instance draws from (SPEC §6: no in-memory state a second instance would need).
create table outbox_send_rate (
    id           smallint primary key check (id = 1),
    tokens       double precision not null,
    refreshed_at timestamptz not null,
    paused_until timestamptz
);
insert into outbox_send_rate (id, tokens, refreshed_at) values (1, 1, now());
