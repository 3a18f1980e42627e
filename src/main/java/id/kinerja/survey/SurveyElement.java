package id.kinerja.survey;

import java.util.Arrays;
import java.util.Optional;

/**
 * The nine SKM elements (docs/DOMAIN.md §5, §8), in the order the bot asks them (the local form's: Sarana
 * before Pengaduan). Stored and computed by {@link #storedName()}, never by position. {@link #key()} names
 * the question and its four answer labels in bot-scripts/ ({@code survey.element.<key>}).
 */
public enum SurveyElement {
    PERSYARATAN("Persyaratan", "persyaratan"),
    PROSEDUR("Sistem, Mekanisme, dan Prosedur", "prosedur"),
    WAKTU("Waktu Penyelesaian", "waktu"),
    BIAYA("Biaya/Tarif", "biaya"),
    PRODUK("Produk Spesifikasi Jenis Pelayanan", "produk"),
    KOMPETENSI("Kompetensi Pelaksana", "kompetensi"),
    PERILAKU("Perilaku Pelaksana", "perilaku"),
    SARANA("Sarana dan Prasarana", "sarana"),
    PENGADUAN("Penanganan Pengaduan, Saran dan Masukan", "pengaduan");

    public static final int COUNT = 9;

    private final String storedName;
    private final String key;

    SurveyElement(String storedName, String key) {
        this.storedName = storedName;
        this.key = key;
    }

    /** The regulation's name, as stored in {@code survey_answer.element} and {@code survey_tally.element}. */
    public String storedName() {
        return storedName;
    }

    public String key() {
        return key;
    }

    public static Optional<SurveyElement> byStoredName(String name) {
        return Arrays.stream(values()).filter(e -> e.storedName.equals(name)).findFirst();
    }
}
