-- A text longer than one Telegram message goes out in parts. How many parts Telegram has accepted is kept, so
-- a retry after a failure in the middle sends the remaining parts only, never the earlier ones again.
alter table outbox_message add column parts_sent integer not null default 0;
