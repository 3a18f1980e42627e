package id.kinerja.outbox;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * At most one message per chat per interval, counted from the moment the previous send to that chat
 * finished (the API saw it before that), and never two sends to one chat at once. Time is passed in as
 * nanoseconds, so it is pure and testable.
 */
final class ChatSpacing {

    private final long intervalNanos;
    private final Map<Long, Long> nextAllowed = new HashMap<>();
    private final Set<Long> inFlight = new HashSet<>();

    ChatSpacing(java.time.Duration interval) {
        this.intervalNanos = interval.toNanos();
    }

    /** 0 when a message may go to the chat now, else the nanoseconds to wait (a full interval while one is in flight). */
    synchronized long waitNanos(long chatId, long nowNanos) {
        if (inFlight.contains(chatId)) {
            return Math.max(1, intervalNanos);
        }
        Long next = nextAllowed.get(chatId);
        return next == null || next - nowNanos <= 0 ? 0 : next - nowNanos;
    }

    /** A send to the chat begins. */
    synchronized void started(long chatId) {
        inFlight.add(chatId);
    }

    /** The send to the chat is over (whatever its outcome): the next may go one interval from now. */
    synchronized void finished(long chatId, long nowNanos) {
        inFlight.remove(chatId);
        nextAllowed.put(chatId, nowNanos + intervalNanos);
    }

    /** Forgets chats whose interval is over, so the map holds only recently used chats. */
    synchronized void forgetExpired(long nowNanos) {
        nextAllowed.values().removeIf(next -> next - nowNanos <= 0);
    }

    synchronized int tracked() {
        return nextAllowed.size() + inFlight.size();
    }
}
