-- One message per chat per second holds across instances: a claim looks up when the chat last got a message
-- from any instance.
create index outbox_message_chat_sent_idx on outbox_message (chat_id, sent_at) where status = 'SENT';
