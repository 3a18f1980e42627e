package id.kinerja.playground.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One queued update. {@code forced}: a redelivered copy, delivered again even if confirmed. Guarded by the
 * {@link EmulatorState} monitor.
 */
final class UpdateEntry {
    final long id;
    final String type;
    final ObjectNode json;
    final boolean forced;
    final long queuedNanos = System.nanoTime();
    boolean delivered;
    boolean confirmed;
    boolean backingOff;
    long retryAtNanos;

    UpdateEntry(long id, String type, ObjectNode json, boolean forced) {
        this.id = id;
        this.type = type;
        this.json = json;
        this.forced = forced;
    }
}
