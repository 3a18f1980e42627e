package id.kinerja.chat;

import id.kinerja.appraisal.Period;
import id.kinerja.peer.PeerSummaries;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The colleagues' teamwork average as advisory input, for the person themself (/skor) and their
 * supervisor (the evaluation card) only; below the anonymity threshold just "still being collected".
 */
@Component
class PeerLine {

    private final PeerSummaries summaries;

    PeerLine(PeerSummaries summaries) {
        this.summaries = summaries;
    }

    Optional<String> of(Turn turn, long employeeId, Period period) {
        return summaries.forRatee(employeeId, period.id())
                .map(s -> turn.text("peer.advisory_average", "average", s.averageText(turn.language()),
                        "count", s.count()))
                .or(() -> period.isOpen() ? Optional.of(turn.text("peer.collecting")) : Optional.empty());
    }
}
