package id.kinerja.playground;

import id.kinerja.playground.emulator.BotApiEmulator;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The playground's group chat: the office's Telegram supergroup, whose members are the office's personas (not the
 * citizen) and where the bot is an administrator, so it sees every message there. The bot never shows personal
 * data in a group: a command there is answered with a button to the private chat.
 */
@Component
@ConditionalOnProperty(name = PlaygroundMode.ENABLED, havingValue = "true")
class PlaygroundGroups {

    /** Telegram gives supergroups ids of the form -100xxxxxxxxxx. */
    static final long OFFICE_GROUP = -1001000000001L;
    static final String OFFICE_GROUP_TITLE = "Grup Kecamatan Medan Marelan";
    static final List<Long> OFFICE_GROUP_MEMBERS = List.of(Personas.PEGAWAI, Personas.ATASAN, Personas.HR,
            Personas.CAMAT, Personas.VISITOR);

    private final BotApiEmulator emulator;

    PlaygroundGroups(BotApiEmulator emulator) {
        this.emulator = emulator;
    }

    /** Registers the group with the emulator; the personas must be registered first. */
    void establish() {
        emulator.registerSupergroup(OFFICE_GROUP, OFFICE_GROUP_TITLE, OFFICE_GROUP_MEMBERS);
    }

    /** Whether that chat is one of the playground's groups. */
    boolean isGroup(long chatId) {
        return emulator.groups().stream().anyMatch(g -> g.chatId() == chatId);
    }

    /** Whether the persona is a member of the group. */
    boolean isMember(long chatId, long userId) {
        return emulator.groups().stream().anyMatch(g -> g.chatId() == chatId && g.members().contains(userId));
    }
}
