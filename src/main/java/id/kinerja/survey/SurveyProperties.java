package id.kinerja.survey;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The survey's configuration ({@code kinerja.survey}, config/application.yml; docs/SPEC.md §2.7).
 *
 * @param period          the period /ikm and the thanks message speak of: MONTH, QUARTER, SEMESTER or YEAR
 * @param gradeShownFrom  responses a unit needs in the current period before the thanks message shows its grade
 * @param draftTtl        how long a half-finished survey waits to be resumed
 * @param startsPerDay    surveys one Telegram account may start a day (a flood of QR scans is refused beyond)
 * @param batchThreshold  distinct respondents whose completed surveys are written together, shuffled
 * @param ballotInterval  how often completed surveys are written as responses
 * @param digestCron      when unit heads get the digest of new suggestions (Quartz cron, calendar zone)
 * @param units           per unit (by name): its services (jenis layanan) and yearly number of service users
 */
@ConfigurationProperties("kinerja.survey")
public record SurveyProperties(SurveyPeriod.Kind period, int gradeShownFrom, Duration draftTtl, int startsPerDay,
                               int batchThreshold, Duration ballotInterval, String digestCron,
                               List<UnitSettings> units) {

    /** A suggestion or complaint is at most this long (characters). */
    public static final int MAX_SUGGESTION = 1000;

    /**
     * @param unit        the unit's name as on the roster
     * @param yearlyUsers service users in a year (N of the minimum sample); 0 when unknown
     * @param services    the services a citizen can have received there; empty when not asked
     */
    public record UnitSettings(String unit, long yearlyUsers, List<Service> services) {
        public UnitSettings {
            services = services == null ? List.of() : List.copyOf(services);
        }
    }

    /**
     * @param key    a short stable name in QR payloads and stored answers: a–z, 0–9 and '-', at most 24
     * @param name   the service's name as citizens know it (Indonesian)
     * @param nameEn its English name; the Indonesian one when blank
     */
    public record Service(String key, String name, String nameEn) {
        public Service {
            if (key == null || !key.matches("[a-z0-9-]{1,24}")) {
                throw new IllegalArgumentException("kinerja.survey service key \"" + key
                        + "\" must be 1 to 24 of a-z, 0-9 and '-'");
            }
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("kinerja.survey service " + key + " needs a name");
            }
            nameEn = nameEn == null || nameEn.isBlank() ? name : nameEn;
        }
    }

    public SurveyProperties {
        period = period == null ? SurveyPeriod.Kind.QUARTER : period;
        gradeShownFrom = gradeShownFrom <= 0 ? 10 : gradeShownFrom;
        draftTtl = draftTtl == null || draftTtl.isNegative() || draftTtl.isZero() ? Duration.ofHours(24) : draftTtl;
        startsPerDay = startsPerDay <= 0 ? 10 : startsPerDay;
        batchThreshold = batchThreshold <= 0 ? 3 : batchThreshold;
        ballotInterval = ballotInterval == null || ballotInterval.isNegative() || ballotInterval.isZero()
                ? Duration.ofMinutes(1) : ballotInterval;
        digestCron = digestCron == null || digestCron.isBlank() ? "0 0 8 * * ?" : digestCron;
        units = units == null ? List.of() : List.copyOf(units);
    }
}
