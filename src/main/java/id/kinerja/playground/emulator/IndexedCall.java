package id.kinerja.playground.emulator;

/** A recorded call with its index in the order of all calls since the emulator started. */
public record IndexedCall(long index, ApiCall call) {
}
