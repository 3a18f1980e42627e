package id.kinerja.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.playground.emulator.SentMessage;
import id.kinerja.employee.Unit;
import id.kinerja.employee.Units;
import id.kinerja.survey.SurveyJobs;
import id.kinerja.survey.SurveyLinks;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A thousand citizens answer the survey at once, through the emulator, as the counters of a busy week
 * would; every survey is stored exactly once and the tallies add up. (Speed is measured by the benchmark,
 * {@code mvn -Pbench verify}, not here.)
 */
class SurveyLoadEndToEndTest extends EndToEndTest {

    private static final int CITIZENS = 1000;
    private static final long FIRST = 8900000;
    private static final Duration ROUND = Duration.ofSeconds(60);

    @Autowired
    private SurveyLinks links;
    @Autowired
    private Units units;
    @Autowired
    private ApplicationContext context;

    @Test
    void a_thousand_citizens_complete_the_survey_and_each_is_stored_once() {
        Unit unit = units.byId(fixtures.unit("Kelurahan Ramai")).orElseThrow();
        String payload = links.payload(unit, null);
        telegram.registerUsers(FIRST, CITIZENS, "id");
        SentMessage[] cards = new SentMessage[CITIZENS];
        for (int i = 0; i < CITIZENS; i++) {
            telegram.sendText(FIRST + i, "/start " + payload);
        }
        for (int i = 0; i < CITIZENS; i++) {
            cards[i] = telegram.awaitMessageCount(FIRST + i, 2, ROUND);
        }
        for (int step = 0; step < 4; step++) {
            round(cards, i -> "Lewati");
        }
        for (int element = 0; element < 9; element++) {
            // citizen i gives every element 1 + i % 4
            round(cards, i -> cards[i].keyboard().get(i % 4).get(0).text());
        }
        round(cards, i -> "Lewati");
        for (SentMessage card : cards) {
            assertThat(card.plainText()).contains("Terima kasih");
        }

        assertThat(new SurveyJobs(context).writePendingBallots()).isEqualTo(CITIZENS);
        assertThat(jdbc.sql("select count(*) from survey_response").query(Long.class).single()).isEqualTo(CITIZENS);
        assertThat(jdbc.sql("select count(*) from survey_answer").query(Long.class).single()).isEqualTo(CITIZENS * 9L);
        assertThat(jdbc.sql("select count(*) from survey_respondent").query(Long.class).single()).isEqualTo(CITIZENS);
        List<String> tallies = jdbc.sql("""
                select sum(answers) || '/' || sum(total) from survey_tally group by element""").query(String.class).list();
        // 250 citizens each gave 1, 2, 3 and 4: 1000 answers totalling 2500 per element
        assertThat(tallies).hasSize(9).containsOnly("1000/2500");
        assertThat(jdbc.sql("select count(*) from survey_draft").query(Long.class).single()).isZero();
    }

    /** Every citizen taps one button (chosen per citizen) at about the same time; waits for every edit. */
    private void round(SentMessage[] cards, java.util.function.IntFunction<String> label) {
        long[] updates = new long[cards.length];
        for (int i = 0; i < cards.length; i++) {
            updates[i] = telegram.tapButton(FIRST + i, cards[i], label.apply(i));
        }
        for (int i = 0; i < cards.length; i++) {
            SentMessage before = cards[i];
            telegram.awaitCallbackAnswerFor(updates[i], ROUND);
            cards[i] = telegram.awaitMessage(before.chatId(), m -> m.messageId() == before.messageId()
                    && !m.plainText().equals(before.plainText()), ROUND);
        }
    }
}
