package id.kinerja.playground;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The application's clock in the playground: the system clock moved forward by an offset the visitor chooses. */
public final class PlaygroundClock extends Clock {

    private final Clock system;
    private volatile Duration offset = Duration.ZERO;

    PlaygroundClock(Clock system) {
        this.system = system;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        PlaygroundClock source = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return source.withZone(other);
            }

            @Override
            public Instant instant() {
                return source.instant();
            }
        };
    }

    @Override
    public Instant instant() {
        return system.instant().plus(offset);
    }

    /** Moves the clock to that moment (never back: time in the playground only goes forward until a reset). */
    synchronized void moveTo(Instant target) {
        Instant now = instant();
        if (target.isAfter(now)) {
            offset = offset.plus(Duration.between(now, target));
        }
    }

    /** Back to the system's time. */
    void reset() {
        offset = Duration.ZERO;
    }

    Duration offset() {
        return offset;
    }
}
