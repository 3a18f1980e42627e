package id.kinerja.playground.emulator;

import java.util.List;

/** A group chat as registered: its (negative) id, "group" or "supergroup", its title and its members' user ids. */
public record GroupChat(long chatId, String type, String title, List<Long> members) {
}
