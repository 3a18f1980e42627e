package id.kinerja.followup;

import java.util.Locale;

/**
 * Kinds of competence development (PP 17/2020 Pasal 203; classical and non-classical learning of the LAN
 * rules): each is a button of /pengembangan, stored by its name.
 */
public enum DevelopmentKind {
    DIKLAT, SEMINAR, KURSUS, E_LEARNING, BIMTEK, MAGANG, OTHER;

    public String textKey() {
        return "development.kind." + name().toLowerCase(Locale.ROOT);
    }
}
