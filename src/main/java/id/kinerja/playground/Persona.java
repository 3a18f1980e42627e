package id.kinerja.playground;

/**
 * Someone to try the bot as: a Telegram user of the emulator (private chat id == user id), the demo person behind
 * them if any, and for the unlinked ones the {@code hint} to type first (a link code, a survey deep link).
 */
public record Persona(long userId, String role, String name, String title, boolean linked, String language,
                      String hint) {
}
