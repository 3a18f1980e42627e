package id.kinerja.outbox;

import id.kinerja.text.Keyboard;
import java.time.Instant;

/**
 * A message the bot sends on its own. The dedupe key names the schedule slot it belongs to, e.g.
 * {@code prompt:2026-11:42:2026-11-30}: a second message with the same key is never queued.
 */
public record OutgoingMessage(String kind, String dedupeKey, long chatId, Long employeeId, String html,
                              Keyboard keyboard, Instant notBefore) {}
