package id.kinerja.followup;

import java.util.Locale;

/** What kind of follow-up a supervisor plans with a report (DOMAIN.md §9). */
public enum CoachingKind {
    BIMBINGAN_KINERJA, DIALOG_KINERJA, PELATIHAN, PENUGASAN_KHUSUS;

    public String textKey() {
        return "coaching.kind." + name().toLowerCase(Locale.ROOT);
    }
}
