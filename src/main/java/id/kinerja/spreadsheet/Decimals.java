package id.kinerja.spreadsheet;

import java.math.BigDecimal;
import java.util.Optional;

/** Numbers in files: {@code 12.5} or the Indonesian {@code 12,5}; no thousands separators. */
public final class Decimals {

    private Decimals() {}

    public static Optional<BigDecimal> parse(String raw) {
        String value = raw == null ? "" : raw.trim();
        if (!value.matches("-?\\d+([.,]\\d+)?")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(value.replace(',', '.')));
    }
}
