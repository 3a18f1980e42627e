package id.kinerja.emulator;

/** One BotCommand from setMyCommands. */
public record BotCommandRecord(String command, String description) {
}
