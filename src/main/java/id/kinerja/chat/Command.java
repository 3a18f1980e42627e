package id.kinerja.chat;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The bot's commands with their Indonesian and English names: the one place for aliases and menus. */
enum Command {
    START("start", "start", false),
    LINK("tautkan", "link", false),
    SCORE("skor", "score", true),
    FEEDBACK("umpan_balik", "feedback", true),
    TASKS("tugas", "tasks", true),
    TEAM("tim", "team", true),
    RATE("nilai_rekan", "rate", true),
    ADMIN("admin", "admin", true),
    IKM("ikm", "ikm", true),
    DEVELOPMENT("pengembangan", "development", true),
    HELP("bantuan", "help", false),
    LANGUAGE("bahasa", "language", false),
    PRIVACY("privasi", "privacy", false),
    MY_DATA("data_saya", "my_data", true),
    CORRECT("koreksi", "correct", true),
    ANNOUNCE("umumkan", "announce", true),
    UNLINK("putuskan", "unlink", false),
    CANCEL("batal", "cancel", false);

    private final String indonesian;
    private final String english;
    private final boolean needsLink;

    Command(String indonesian, String english, boolean needsLink) {
        this.indonesian = indonesian;
        this.english = english;
        this.needsLink = needsLink;
    }

    String indonesian() {
        return indonesian;
    }

    String english() {
        return english;
    }

    /** Whether it shows personal data and so needs a linked account. */
    boolean needsLink() {
        return needsLink;
    }

    /** Parses "/skor", "/score@kinerja_bot" and the like; empty for anything else. */
    static Optional<Command> parse(String token) {
        if (token == null || !token.startsWith("/")) {
            return Optional.empty();
        }
        String name = token.substring(1).toLowerCase(Locale.ROOT);
        int at = name.indexOf('@');
        String bare = at >= 0 ? name.substring(0, at) : name;
        return Arrays.stream(values()).filter(c -> c.indonesian.equals(bare) || c.english.equals(bare)).findFirst();
    }
}
