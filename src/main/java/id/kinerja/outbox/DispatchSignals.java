package id.kinerja.outbox;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * What the dispatcher's loop and its senders wait on: whether it runs, a nudge (something was queued or a send
 * finished) and this instance's pause after a 429. Time is {@code nanos}, a monotonic clock.
 */
final class DispatchSignals {

    private final LongSupplier nanos;
    private final Object monitor = new Object();
    private boolean nudged;
    private boolean paused;
    private long pausedUntil;
    private volatile boolean running;

    DispatchSignals(LongSupplier nanos) {
        this.nanos = nanos;
    }

    boolean running() {
        return running;
    }

    /** Marks it running; false when it already was. */
    boolean start() {
        synchronized (monitor) {
            if (running) {
                return false;
            }
            running = true;
            return true;
        }
    }

    /** Marks it stopped and wakes every waiter; false when it was not running. */
    boolean stop() {
        synchronized (monitor) {
            if (!running) {
                return false;
            }
            running = false;
            monitor.notifyAll();
            return true;
        }
    }

    void nudge() {
        synchronized (monitor) {
            nudged = true;
            monitor.notifyAll();
        }
    }

    /** Null when sending may go on, else how long to wait before looking again. */
    Duration holdOff() {
        synchronized (monitor) {
            if (paused) {
                long left = pausedUntil - nanos.getAsLong();
                if (left > 0) {
                    return Duration.ofNanos(left);
                }
                paused = false;
            }
        }
        return null;
    }

    /** No send on this instance for this long (a longer pause already running is kept). */
    void pauseFor(Duration delay) {
        synchronized (monitor) {
            long until = nanos.getAsLong() + delay.toNanos();
            if (!paused || until - pausedUntil > 0) {
                pausedUntil = until;
            }
            paused = true;
            monitor.notifyAll();
        }
    }

    /** Waits up to the given time; returns early on stop, and on a nudge when {@code wakeOnNudge}. */
    void waitFor(long nanosToWait, boolean wakeOnNudge) {
        long deadline = nanos.getAsLong() + nanosToWait;
        synchronized (monitor) {
            try {
                while (running && !(wakeOnNudge && nudged)) {
                    long left = deadline - nanos.getAsLong();
                    if (left <= 0) {
                        break;
                    }
                    TimeUnit.NANOSECONDS.timedWait(monitor, left);
                    if (!wakeOnNudge) {
                        break; // woken by a nudge, a 429 or stop: let the caller look again
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (wakeOnNudge) {
                nudged = false;
            }
        }
    }
}
