package id.kinerja.announcement;

import id.kinerja.text.Keyboard;
import id.kinerja.text.Language;

/**
 * The "Sudah dibaca" button under an announcement. Defined here, drawn by the chat module (it owns callback data),
 * so the announcement needs nothing from the chat.
 */
public interface AcknowledgeButtons {

    Keyboard forAnnouncement(long announcementId, Language language);
}
