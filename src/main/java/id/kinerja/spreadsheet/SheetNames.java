package id.kinerja.spreadsheet;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Names of the sheets of one workbook as Excel accepts them: at most 31 characters, none of {@code []:*?/\}, not
 * starting or ending with an apostrophe, and unique without regard to case; a name already taken gets
 * {@code  (2)}, {@code  (3)}, … (shortened to fit). Units with long or similar names each get their own sheet.
 */
public final class SheetNames {

    /** Excel's limit for a sheet name. */
    public static final int MAX_LENGTH = 31;

    private final Set<String> taken = new HashSet<>();

    /** A valid name for a sheet, not yet given and not one of these. */
    public SheetNames(Iterable<String> reserved) {
        reserved.forEach(name -> taken.add(key(valid(name))));
    }

    /** {@code wanted} made valid and unique in this workbook; remembered as taken. */
    public String unique(String wanted) {
        String name = valid(wanted);
        for (int n = 2; !taken.add(key(name)); n++) {
            String suffix = " (" + n + ")";
            String base = valid(wanted);
            name = base.substring(0, Math.min(base.length(), MAX_LENGTH - suffix.length())).strip() + suffix;
        }
        return name;
    }

    /** A valid sheet name (not necessarily unique): what the workbook writer makes of a table's name. */
    static String valid(String name) {
        String cleaned = (name == null ? "" : name).replaceAll("[\\[\\]:*?/\\\\]", "_").strip();
        cleaned = cleaned.replaceAll("^'+|'+$", "").strip();
        if (cleaned.length() > MAX_LENGTH) {
            cleaned = cleaned.substring(0, MAX_LENGTH).strip();
        }
        return cleaned.isEmpty() ? "Sheet" : cleaned;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
