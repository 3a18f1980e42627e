package id.kinerja.text;

import java.util.Locale;

/** A language of the bot's texts: Indonesian first, English second. */
public enum Language {
    ID("id", Locale.forLanguageTag("id-ID")),
    EN("en", Locale.UK);

    private final String code;
    private final Locale locale;

    Language(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    /** English for Telegram clients set to English, Indonesian for everyone else. */
    public static Language fromTelegram(String languageCode) {
        return languageCode != null && languageCode.toLowerCase(Locale.ROOT).startsWith("en") ? EN : ID;
    }

    public static Language fromCode(String code) {
        for (Language language : values()) {
            if (language.code.equalsIgnoreCase(code)) {
                return language;
            }
        }
        return ID;
    }
}
