package id.kinerja.playground.emulator;

/** A callback answer with text, shown to the user who tapped: a toast, or an alert with {@code alert}. */
public record Toast(long version, String text, boolean alert) {
}
