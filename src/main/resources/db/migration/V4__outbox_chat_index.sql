-- The dispatcher's per-chat checks (one message in flight per chat, spacing) search by chat.
create index outbox_message_chat_active_idx on outbox_message (chat_id) where status in ('PENDING', 'SENDING');
-- The predicate is one of the five codes of DOMAIN.md §1, like the two ratings it comes from.
alter table evaluation add constraint evaluation_predicate_check
    check (predicate in ('SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'));
