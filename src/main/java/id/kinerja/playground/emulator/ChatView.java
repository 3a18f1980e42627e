package id.kinerja.playground.emulator;

import java.util.List;

/** A chat now: its version (up on every change), its messages by id, and the toasts newer than asked for. */
public record ChatView(long version, List<ChatEntry> messages, List<Toast> toasts) {
}
