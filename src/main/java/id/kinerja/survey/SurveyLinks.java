package id.kinerja.survey;

import id.kinerja.employee.Unit;
import id.kinerja.employee.Units;
import id.kinerja.secret.InstallationSecret;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The /start payload a survey QR code carries: {@code skm_<unit id>_<tag>} or
 * {@code skm_<unit id>_<service key>_<tag>}, where the tag is the first 64 bits of HMAC(link key, unit id
 * and service key), hex. It names the unit and service, fits Telegram's 64 characters of
 * {@code A-Za-z0-9_-}, and cannot be edited into another unit's or service's survey without the
 * installation secret.
 */
@Component
public class SurveyLinks {

    public static final String PREFIX = "skm_";
    private static final Pattern PAYLOAD = Pattern.compile("skm_(\\d{1,12})(?:_([a-z0-9-]{1,24}))?_([0-9a-f]{16})");

    /** Where a valid payload leads. {@code service} is empty when the payload names none. */
    public record Target(Unit unit, Optional<SurveyProperties.Service> service) {}

    private final byte[] key;
    private final Units units;
    private final SurveyUnits surveyUnits;

    SurveyLinks(InstallationSecret secret, Units units, SurveyUnits surveyUnits) {
        this.key = secret.derive("kinerja survey link v1");
        this.units = units;
        this.surveyUnits = surveyUnits;
    }

    /** The payload for a unit, and for one of its services when {@code serviceKey} is not null. */
    public String payload(Unit unit, String serviceKey) {
        String body = unit.id() + (serviceKey == null ? "" : "_" + serviceKey);
        return PREFIX + body + "_" + tag(body);
    }

    /** Whether the text is meant as a survey payload at all (so it is never tried as a link code). */
    public static boolean looksLikeSurvey(String payload) {
        return payload.startsWith(PREFIX);
    }

    /** The survey a payload opens; empty when it is unknown, tampered with, or its unit or service is gone. */
    public Optional<Target> parse(String payload) {
        Matcher m = PAYLOAD.matcher(payload);
        if (!m.matches()) {
            return Optional.empty();
        }
        String body = m.group(1) + (m.group(2) == null ? "" : "_" + m.group(2));
        if (!MessageDigest.isEqual(tag(body).getBytes(StandardCharsets.US_ASCII),
                m.group(3).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        Optional<Unit> unit = units.byId(Long.parseLong(m.group(1)));
        if (unit.isEmpty()) {
            return Optional.empty();
        }
        if (m.group(2) == null) {
            return Optional.of(new Target(unit.get(), Optional.empty()));
        }
        return surveyUnits.service(unit.get(), m.group(2)).map(s -> new Target(unit.get(), Optional.of(s)));
    }

    private String tag(String body) {
        return HexFormat.of().formatHex(InstallationSecret.hmac(key, body)).substring(0, 16);
    }
}
