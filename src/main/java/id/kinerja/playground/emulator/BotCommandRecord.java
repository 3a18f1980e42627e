package id.kinerja.playground.emulator;

/** One BotCommand from setMyCommands. */
public record BotCommandRecord(String command, String description) {
}
