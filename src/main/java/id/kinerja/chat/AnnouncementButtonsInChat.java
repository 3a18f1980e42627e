package id.kinerja.chat;

import id.kinerja.announcement.AcknowledgeButtons;
import id.kinerja.text.Html;
import id.kinerja.text.Keyboard;
import id.kinerja.text.Language;
import id.kinerja.text.Texts;
import org.springframework.stereotype.Component;

/** The "Sudah dibaca" button under an announcement (AnnouncementScreens counts the tap once). */
@Component
class AnnouncementButtonsInChat implements AcknowledgeButtons {

    private final Texts texts;

    AnnouncementButtonsInChat(Texts texts) {
        this.texts = texts;
    }

    @Override
    public Keyboard forAnnouncement(long announcementId, Language language) {
        return Keyboard.of(Keyboard.Button.tap(Html.plain(texts.get(language, "announce.acknowledge_button")),
                new AnnouncementCallback.Acknowledge(announcementId).encode()));
    }
}
