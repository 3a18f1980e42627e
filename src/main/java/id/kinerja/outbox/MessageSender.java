package id.kinerja.outbox;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one claimed row on a sender thread, holding the slot {@link SendPacing} gave it, and records the outcome.
 * The send is recorded as attempted just before its request goes out, so a crash mid-send never makes a message
 * go out twice (see {@link OutboxQueue}).
 */
final class MessageSender {

    // logged as the dispatcher, as before the split: log settings and alerts keep their name
    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

    private final OutboxQueue queue;
    private final OutboundChannel channel;
    private final SendPacing pacing;
    private final OutcomeRecorder outcomes;
    private final DispatchSignals signals;
    private final Clock clock;

    MessageSender(OutboxQueue queue, OutboundChannel channel, SendPacing pacing, OutcomeRecorder outcomes,
                  DispatchSignals signals, Clock clock) {
        this.queue = queue;
        this.channel = channel;
        this.pacing = pacing;
        this.outcomes = outcomes;
        this.signals = signals;
        this.clock = clock;
    }

    void send(ClaimedMessage row) {
        try {
            SendResult result;
            try {
                if (!queue.attempting(row, clock.instant())) {
                    log.warn("Outbox message {} is no longer leased to this instance; not sending it", row.id());
                    return;
                }
                result = channel.send(row.chatId(), row.html(), row.keyboard(), row.partsSent(),
                        parts -> queue.partsSent(row, parts));
            } catch (RuntimeException e) {
                result = new SendResult.Transient(e.toString());
            } finally {
                pacing.finished(row.chatId());
            }
            outcomes.record(row, result);
        } catch (RuntimeException e) {
            log.error("Cannot record the outcome of outbox message {}; it becomes UNCONFIRMED after its lease",
                    row.id(), e);
        } finally {
            pacing.release();
            signals.nudge(); // the chat's next message, or rows held back for a free slot, may be due now
        }
    }
}
