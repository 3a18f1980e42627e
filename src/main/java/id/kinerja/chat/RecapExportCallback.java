package id.kinerja.chat;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code rx:<periodId>:xlsx} or {@code rx:<periodId>:csv}: HR's recap of a period as a file; a bare
 * {@code rx:<periodId>} (buttons sent before XLSX existed) is CSV. {@code format} is the file extension.
 */
record RecapExportCallback(long periodId, String format) implements CallbackData {

    static final String PREFIX = "rx";
    private static final Pattern DATA = Callbacks.pattern(PREFIX, "(\\d{1,18})(?::(xlsx|csv))?");

    @Override
    public String encode() {
        return Callbacks.join(PREFIX, periodId, format);
    }

    static Optional<RecapExportCallback> parse(String data) {
        return Callbacks.match(DATA, data)
                .map(m -> new RecapExportCallback(Callbacks.id(m, 1), m.group(2) == null ? "csv" : m.group(2)));
    }
}
