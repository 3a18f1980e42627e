package id.kinerja.survey;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.employee.Unit;
import id.kinerja.support.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest(properties = {"kinerja.telegram.enabled=false", "spring.main.web-application-type=none",
        "spring.quartz.auto-startup=false",
        "kinerja.survey.units[0].unit=Kantor Camat Medan Marelan",
        "kinerja.survey.units[0].services[0].key=ahli-waris",
        "kinerja.survey.units[0].services[0].name=Surat Keterangan Ahli Waris",
        "kinerja.survey.units[0].services[1].key=sktm",
        "kinerja.survey.units[0].services[1].name=Surat Keterangan Tidak Mampu",
        "kinerja.survey.units[1].unit=Kelurahan Paling Jauh",
        "kinerja.survey.units[1].services[0].key=" + SurveyLinksTest.LONGEST_KEY,
        "kinerja.survey.units[1].services[0].name=Surat Keterangan Domisili"})
class SurveyLinksTest {

    static final String LONGEST_KEY = "surat-keterangan-domisil";
    private static final long LONGEST_ID = 999_999_999_999L;
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";

    @Autowired
    private SurveyLinks links;
    @Autowired
    private JdbcClient jdbc;

    private Unit camat;
    private Unit far;

    @BeforeEach
    void units() {
        new Fixtures(jdbc).wipe();
        long camatId = new Fixtures(jdbc).unit("Kantor Camat Medan Marelan");
        camat = new Unit(camatId, "Kantor Camat Medan Marelan", null);
        jdbc.sql("insert into unit (id, name, parent_id) values (?, ?, ?)")
                .params(LONGEST_ID, "Kelurahan Paling Jauh", camatId).update();
        far = new Unit(LONGEST_ID, "Kelurahan Paling Jauh", camatId);
    }

    @Test
    void the_longest_payload_fits_telegram_and_opens_its_unit_and_service() {
        String payload = links.payload(far, LONGEST_KEY);

        assertThat(LONGEST_KEY).hasSize(24);
        assertThat(payload).hasSize(58).matches("skm_999999999999_surat-keterangan-domisil_[0-9a-f]{16}");
        assertThat(payload.length()).isLessThanOrEqualTo(64);
        assertThat(payload).matches("[A-Za-z0-9_-]+");
        SurveyLinks.Target target = links.parse(payload).orElseThrow();
        assertThat(target.unit()).isEqualTo(far);
        assertThat(target.service().orElseThrow().key()).isEqualTo(LONGEST_KEY);
        assertThat(target.service().orElseThrow().name()).isEqualTo("Surat Keterangan Domisili");
    }

    @Test
    void a_payload_without_service_opens_the_unit_alone() {
        String payload = links.payload(camat, null);

        assertThat(payload).matches("skm_" + camat.id() + "_[0-9a-f]{16}");
        assertThat(links.parse(payload)).contains(new SurveyLinks.Target(camat, Optional.empty()));
        assertThat(SurveyLinks.looksLikeSurvey(payload)).isTrue();
    }

    @Test
    void the_same_unit_and_service_always_give_the_same_payload() {
        assertThat(links.payload(camat, "sktm")).isEqualTo(links.payload(camat, "sktm"));
        assertThat(links.payload(camat, "sktm")).isNotEqualTo(links.payload(camat, "ahli-waris"));
    }

    @Test
    void every_single_character_change_of_a_valid_payload_is_unknown() {
        for (String payload : List.of(links.payload(camat, "ahli-waris"), links.payload(far, LONGEST_KEY),
                links.payload(camat, null))) {
            assertThat(links.parse(payload)).as(payload).isPresent();
            List<String> accepted = new ArrayList<>();
            for (int i = 0; i < payload.length(); i++) {
                for (char c : ALPHABET.toCharArray()) {
                    if (c != payload.charAt(i)) {
                        String changed = payload.substring(0, i) + c + payload.substring(i + 1);
                        links.parse(changed).ifPresent(t -> accepted.add(changed));
                    }
                }
                String dropped = payload.substring(0, i) + payload.substring(i + 1);
                links.parse(dropped).ifPresent(t -> accepted.add(dropped));
            }
            assertThat(accepted).as(payload).isEmpty();
        }
    }

    @Test
    void another_units_id_or_another_service_key_in_a_valid_payload_is_unknown() {
        String payload = links.payload(camat, "ahli-waris");
        String tag = payload.substring(payload.length() - 16);

        assertThat(links.parse("skm_" + far.id() + "_ahli-waris_" + tag)).isEmpty();
        assertThat(links.parse("skm_" + camat.id() + "_sktm_" + tag)).isEmpty();
        assertThat(links.parse("skm_" + camat.id() + "_" + tag)).isEmpty();
        String farTag = links.payload(far, null).substring(links.payload(far, null).length() - 16);
        assertThat(links.parse("skm_" + camat.id() + "_" + farTag)).isEmpty();
    }

    @Test
    void a_truncated_payload_is_unknown() {
        String payload = links.payload(camat, "sktm");
        for (int length = 0; length < payload.length(); length++) {
            assertThat(links.parse(payload.substring(0, length))).as(payload.substring(0, length)).isEmpty();
        }
        assertThat(links.parse(payload + "0")).isEmpty();
    }

    @Test
    void a_genuine_payload_of_a_unit_that_is_not_on_the_roster_is_unknown() {
        Unit gone = new Unit(424242, "Kelurahan Lama", null);

        assertThat(links.parse(links.payload(gone, null))).isEmpty();
        assertThat(links.parse(links.payload(gone, "sktm"))).isEmpty();
    }

    @Test
    void a_genuine_payload_of_a_service_the_unit_does_not_offer_is_unknown() {
        assertThat(links.parse(links.payload(camat, "domisili"))).isEmpty();
        assertThat(links.parse(links.payload(camat, LONGEST_KEY))).as("another unit's service").isEmpty();
        assertThat(links.parse(links.payload(far, "sktm"))).isEmpty();
    }

    @Test
    void text_that_is_not_a_survey_payload_is_unknown() {
        assertThat(links.parse("")).isEmpty();
        assertThat(links.parse("ABCDEFGH2345")).isEmpty();
        assertThat(SurveyLinks.looksLikeSurvey("ABCDEFGH2345")).isFalse();
        String payload = links.payload(camat, null);
        assertThat(links.parse(payload.toUpperCase())).isEmpty();
        assertThat(links.parse(" " + payload)).isEmpty();
    }
}
