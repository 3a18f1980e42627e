package id.kinerja.survey;

import id.kinerja.employee.Unit;
import id.kinerja.employee.Units;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** What the configuration says about each unit's survey: its services and its yearly service users. */
@Component
public class SurveyUnits {

    private static final Logger log = LoggerFactory.getLogger(SurveyUnits.class);

    private final SurveyProperties properties;
    private final Units units;

    SurveyUnits(SurveyProperties properties, Units units) {
        this.properties = properties;
        this.units = units;
        for (SurveyProperties.UnitSettings settings : properties.units()) {
            long distinct = settings.services().stream().map(SurveyProperties.Service::key).distinct().count();
            if (distinct != settings.services().size()) {
                throw new IllegalArgumentException("kinerja.survey: unit \"" + settings.unit()
                        + "\" names a service key twice");
            }
        }
    }

    /** The services configured for the unit, in the configured order; empty when none are. */
    public List<SurveyProperties.Service> services(Unit unit) {
        return settings(unit).map(SurveyProperties.UnitSettings::services).orElse(List.of());
    }

    public Optional<SurveyProperties.Service> service(Unit unit, String key) {
        return services(unit).stream().filter(s -> s.key().equals(key)).findFirst();
    }

    /** The unit's yearly number of service users, when configured (N of the minimum sample). */
    public java.util.OptionalLong yearlyUsers(Unit unit) {
        return settings(unit).filter(s -> s.yearlyUsers() > 0)
                .map(s -> java.util.OptionalLong.of(s.yearlyUsers())).orElse(java.util.OptionalLong.empty());
    }

    /** Every unit of the roster, in tree order. */
    public List<Unit> all() {
        return units.all();
    }

    private Optional<SurveyProperties.UnitSettings> settings(Unit unit) {
        return properties.units().stream().filter(s -> s.unit() != null && s.unit().trim().equals(unit.name()))
                .findFirst();
    }

    /** Logs configured units that are not on the roster (a typo would silently drop a unit's services). */
    void warnAboutUnknownUnits() {
        for (SurveyProperties.UnitSettings settings : properties.units()) {
            if (settings.unit() == null || units.byName(settings.unit()).isEmpty()) {
                log.warn("kinerja.survey.units names \"{}\", which is not a unit on the roster", settings.unit());
            }
        }
    }
}
