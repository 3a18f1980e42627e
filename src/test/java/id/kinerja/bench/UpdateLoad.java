package id.kinerja.bench;

import id.kinerja.playground.emulator.BotApiEmulator;
import id.kinerja.playground.emulator.SentMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

/**
 * Users type into the emulator; every update gets exactly one reply. Latency runs from the moment the emulator
 * queued the update to the moment the reply reached it; throughput is updates over the time from the first
 * queued update to the last reply.
 */
final class UpdateLoad {

    record Result(int updates, double perSecond, double p50Ms, double p99Ms, double maxMs, int wrongReplies,
                  double offeredPerSecond) {}

    private record Sent(long userId, long updateId, int replyIndex) {}

    private final BotApiEmulator telegram;
    private final long firstUser;
    private final int users;

    UpdateLoad(BotApiEmulator telegram, long firstUser, int users) {
        this.telegram = telegram;
        this.firstUser = firstUser;
        this.users = users;
    }

    /** Queues {@code count} updates at once, round robin over the users, and waits for every reply. */
    Result burst(int count, String text, String expectedInReply, Duration timeout) {
        Map<Long, Integer> next = baseCounts();
        List<Sent> sent = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long user = firstUser + i % users;
            int index = next.merge(user, 1, Integer::sum) - 1;
            sent.add(new Sent(user, telegram.sendText(user, text), index));
        }
        return collect(sent, expectedInReply, timeout, Double.NaN);
    }

    /** Queues updates at a steady rate for a while, then waits for every reply. */
    Result steady(double perSecond, Duration duration, String text, String expectedInReply, Duration timeout) {
        Map<Long, Integer> next = baseCounts();
        int count = (int) Math.round(perSecond * duration.toMillis() / 1000.0);
        List<Sent> sent = new ArrayList<>(count);
        long intervalNanos = (long) (1e9 / perSecond);
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long due = start + i * intervalNanos;
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            long user = firstUser + i % users;
            int index = next.merge(user, 1, Integer::sum) - 1;
            sent.add(new Sent(user, telegram.sendText(user, text), index));
        }
        double offered = (count - 1) / ((System.nanoTime() - start) / 1e9);
        return collect(sent, expectedInReply, timeout, offered);
    }

    private Map<Long, Integer> baseCounts() {
        Map<Long, Integer> counts = new HashMap<>();
        for (long user = firstUser; user < firstUser + users; user++) {
            counts.put(user, telegram.messageCount(user));
        }
        return counts;
    }

    private Result collect(List<Sent> sent, String expectedInReply, Duration timeout, double offered) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<Long, Integer> needed = new HashMap<>();
        sent.forEach(s -> needed.merge(s.userId(), s.replyIndex() + 1, Math::max));
        for (Map.Entry<Long, Integer> user : needed.entrySet()) {
            while (telegram.messageCount(user.getKey()) < user.getValue()) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("no reply within " + timeout + " for user " + user.getKey()
                            + ": " + telegram.messageCount(user.getKey()) + " of " + user.getValue());
                }
                LockSupport.parkNanos(2_000_000);
            }
        }
        Map<Long, long[]> replyTimes = new HashMap<>();
        Map<Long, List<SentMessage>> replies = new HashMap<>();
        for (Long user : needed.keySet()) {
            replyTimes.put(user, telegram.messageNanos(user));
            replies.put(user, telegram.messagesIn(user));
        }
        long[] latencies = new long[sent.size()];
        long firstQueued = Long.MAX_VALUE;
        long lastReply = Long.MIN_VALUE;
        int wrong = 0;
        for (int i = 0; i < sent.size(); i++) {
            Sent s = sent.get(i);
            long queued = telegram.queuedNanos(s.updateId());
            long replied = replyTimes.get(s.userId())[s.replyIndex()];
            latencies[i] = replied - queued;
            firstQueued = Math.min(firstQueued, queued);
            lastReply = Math.max(lastReply, replied);
            if (!replies.get(s.userId()).get(s.replyIndex()).plainText().contains(expectedInReply)) {
                wrong++;
            }
        }
        Arrays.sort(latencies);
        double seconds = (lastReply - firstQueued) / 1e9;
        return new Result(sent.size(), sent.size() / seconds, percentileMs(latencies, 50),
                percentileMs(latencies, 99), latencies[latencies.length - 1] / 1e6, wrong, offered);
    }

    /** Nearest-rank percentile of sorted nanosecond values, in milliseconds. */
    static double percentileMs(long[] sortedNanos, double percentile) {
        int rank = (int) Math.ceil(percentile / 100.0 * sortedNanos.length);
        return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, rank - 1))] / 1e6;
    }
}
