package id.kinerja.outbox;

import id.kinerja.text.Keyboard;
import java.time.Instant;

/**
 * A row of {@code outbox_message} leased for sending until {@code leaseUntil}; every outcome update matches that
 * lease, so a row another instance took over after it ran out is left alone.
 */
record ClaimedMessage(long id, long chatId, Long employeeId, String html, Keyboard keyboard, int attempts,
                      int partsSent, Instant leaseUntil) {}
