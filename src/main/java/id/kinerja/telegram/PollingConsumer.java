package id.kinerja.telegram;

import id.kinerja.chat.Incoming;
import id.kinerja.chat.UpdateProcessing;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Hands each polled batch to the pipeline: different chats in parallel lanes, each chat's updates in
 * order. The next getUpdates (which confirms this batch to Telegram) is only asked for once every
 * update of the batch has committed.
 * While the database is unreachable it waits and retries the same update, so nothing is lost.
 * Nothing may escape: an exception leaving the consumer would stop the library's polling for good.
 */
class PollingConsumer implements LongPollingUpdateConsumer {

    private static final Logger log = LoggerFactory.getLogger(PollingConsumer.class);
    private static final Duration MAX_WAIT = Duration.ofSeconds(5);

    private final UpdateProcessing processing;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final ExecutorService lanes;

    /**
     * @param workers how many chats are handled at the same time; updates of one chat always go
     *                one after the other, in order
     */
    PollingConsumer(UpdateProcessing processing, int workers) {
        this.processing = processing;
        AtomicInteger number = new AtomicInteger();
        this.lanes = Executors.newFixedThreadPool(Math.max(1, workers), task -> {
            Thread thread = new Thread(task, "update-lane-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public void consume(List<Update> updates) {
        Map<Long, List<Incoming>> byChat = new LinkedHashMap<>();
        for (Update update : updates) {
            try {
                UpdateTranslator.translate(update).ifPresent(incoming ->
                        byChat.computeIfAbsent(incoming.chat().chatId(), chat -> new ArrayList<>()).add(incoming));
            } catch (RuntimeException e) {
                log.error("Update {} could not be read", update.getUpdateId(), e);
            }
        }
        List<Future<?>> handled = new ArrayList<>();
        try {
            byChat.values().forEach(chat -> handled.add(lanes.submit(() -> chat.forEach(this::handle))));
        } catch (RejectedExecutionException e) {
            return;
        }
        for (Future<?> lane : handled) {
            try {
                lane.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException e) {
                log.error("An update lane failed", e.getCause());
            }
        }
    }

    private void handle(Incoming incoming) {
        if (!running.get()) {
            return;
        }
        try {
            processUntilStored(incoming);
        } catch (RuntimeException e) {
            log.error("Update {} could not be handled", incoming.updateId(), e);
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
        lanes.shutdown();
    }
}
