-- A reminder is sent at most once per slot, even after a crash (SPEC §5.4). The Bot API has no idempotency
-- key, so a send whose outcome never got recorded cannot be told apart from one that never reached Telegram.
-- attempted_at is committed just before the request goes out; a leased row that has it when its lease runs out
-- was in flight when its instance died: it becomes UNCONFIRMED (never sent again) instead of PENDING.
alter table outbox_message add column attempted_at timestamptz;
alter table outbox_message drop constraint outbox_message_status_check;
alter table outbox_message add constraint outbox_message_status_check
    check (status in ('PENDING', 'SENDING', 'SENT', 'FAILED', 'UNREACHABLE', 'UNCONFIRMED'));
