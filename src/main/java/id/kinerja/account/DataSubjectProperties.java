package id.kinerja.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Data-subject requests (UU 27/2022): the time HR has to answer a correction request (Pasal 30, 3×24 hours,
 * counted as clock hours, weekends included: the reading is not settled, so it is configurable) and how many
 * copies of one's data (/data_saya) may be sent to a person within 24 hours.
 */
@ConfigurationProperties("kinerja.data-subject")
record DataSubjectProperties(Duration correctionDeadline, int copiesPerDay) {

    public DataSubjectProperties {
        correctionDeadline = correctionDeadline == null ? Duration.ofHours(72) : correctionDeadline;
        copiesPerDay = copiesPerDay <= 0 ? 3 : copiesPerDay;
    }
}
