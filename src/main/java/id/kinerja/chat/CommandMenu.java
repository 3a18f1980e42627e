package id.kinerja.chat;

import id.kinerja.text.Language;
import id.kinerja.text.Texts;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The command menu per language, as published with setMyCommands. */
@Component
public class CommandMenu {

    public record Entry(String command, String description) {}

    private final Texts texts;

    CommandMenu(Texts texts) {
        this.texts = texts;
    }

    public Map<Language, List<Entry>> entries() {
        Map<Language, List<Entry>> menus = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            menus.put(language, Arrays.stream(Command.values())
                    .filter(c -> c != Command.START && c != Command.ADMIN && c != Command.IKM && c != Command.ANNOUNCE)
                    .map(c -> new Entry(language == Language.EN ? c.english() : c.indonesian(),
                            texts.get(language, "menu." + c.indonesian())))
                    .toList());
        }
        return menus;
    }
}
