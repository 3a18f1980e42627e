package id.kinerja.survey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A citizen's suggestion or complaint about a unit, apart from any response. {@code followedUpAt} and
 * {@code followUpNote} are set once the unit head (or HR) marks it "ditindaklanjuti".
 */
public record Suggestion(UUID id, long unitId, String service, LocalDate day, String text, Instant followedUpAt,
                         Long followedUpBy, String followUpNote) {

    public boolean followedUp() {
        return followedUpAt != null;
    }
}
