package id.kinerja.telegram;

import id.kinerja.chat.Incoming;
import id.kinerja.chat.UpdateProcessing;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Hands each polled update to the pipeline, in order, on the polling thread: the next getUpdates
 * (which confirms this batch to Telegram) is only asked for once every update here has committed.
 * While the database is unreachable it waits and retries the same update, so nothing is lost.
 * Nothing may escape: an exception leaving the consumer would stop the library's polling for good.
 */
class PollingConsumer implements LongPollingUpdateConsumer {

    private static final Logger log = LoggerFactory.getLogger(PollingConsumer.class);
    private static final Duration MAX_WAIT = Duration.ofSeconds(5);

    private final UpdateProcessing processing;
    private final AtomicBoolean running = new AtomicBoolean(true);

    PollingConsumer(UpdateProcessing processing) {
        this.processing = processing;
    }

    @Override
    public void consume(List<Update> updates) {
        for (Update update : updates) {
            if (!running.get()) {
                return;
            }
            try {
                Optional<Incoming> incoming = UpdateTranslator.translate(update);
                incoming.ifPresent(this::processUntilStored);
            } catch (RuntimeException e) {
                log.error("Update {} could not be handled", update.getUpdateId(), e);
            }
        }
    }

    private void processUntilStored(Incoming incoming) {
        long waitMillis = 200;
        while (running.get()) {
            try {
                processing.process(incoming);
                return;
            } catch (RuntimeException e) {
                if (!UpdateProcessing.isDatabaseOutage(e)) {
                    throw e;
                }
                log.warn("Database unavailable while handling update {}; retrying in {} ms: {}",
                        incoming.updateId(), waitMillis, e.getMessage());
                sleep(waitMillis);
                waitMillis = Math.min(waitMillis * 2, MAX_WAIT.toMillis());
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running.set(false);
    }
}
