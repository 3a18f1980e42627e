package id.kinerja.announcement;

import id.kinerja.text.Language;
import id.kinerja.text.Texts;
import org.springframework.stereotype.Component;

/**
 * The announcement as its readers see it, and as HR previews it: a title, the text (escaped; links stay text,
 * which Telegram links by itself) and who sent it. Long texts are split by the transport, as every message is.
 */
@Component
public class AnnouncementMessage {

    private final Texts texts;

    AnnouncementMessage(Texts texts) {
        this.texts = texts;
    }

    public String html(Language language, String body, String authorName) {
        return texts.get(language, "announce.message", "body", body, "author", authorName);
    }
}
