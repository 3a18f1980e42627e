package id.kinerja.demo;

import id.kinerja.calendar.WorkingCalendar;
import id.kinerja.employee.Unit;
import id.kinerja.employee.Units;
import id.kinerja.survey.CompletedSurvey;
import id.kinerja.survey.RespondentProfile;
import id.kinerja.survey.SurveyElement;
import id.kinerja.survey.SurveyProperties;
import id.kinerja.survey.SurveyResponses;
import id.kinerja.survey.SurveyUnits;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.stereotype.Component;

/**
 * Fictional citizen survey (SKM) responses of the demo office, over the three months before today: the
 * kantor camat and its five kelurahan, every answer seeded so the scores are the same on every run. Most
 * answers are 3 or 4, Biaya/Tarif nearly always 4 (the services are free), and each unit has one weaker
 * element. Kelurahan Tanah Enam Ratus scores a C (IKM 65.00–76.60); the others score B. Only the days
 * follow the clock and the working calendar.
 *
 * <p>Service keys come from the survey configuration at run time ({@link SurveyUnits#services}); a unit
 * without services gets '' so the demo loads with or without {@code kinerja.survey.units}.
 */
@Component
class DemoSurveys {

    /** How likely an answer is 1, 2, 3 or 4; the mean score is noted for each. */
    private enum Level {
        FREE(0.00, 0.01, 0.07, 0.92),   // 3.91: Biaya/Tarif of a free service
        GOOD(0.00, 0.05, 0.45, 0.50),   // 3.45
        FAIR(0.02, 0.16, 0.52, 0.30),   // 3.10
        WEAK(0.05, 0.30, 0.50, 0.15),   // 2.75
        POOR(0.16, 0.41, 0.35, 0.08);   // 2.35

        private final double[] cumulative = new double[4];

        Level(double one, double two, double three, double four) {
            cumulative[0] = one;
            cumulative[1] = one + two;
            cumulative[2] = one + two + three;
            cumulative[3] = 1.0;
        }

        int score(double draw) {
            int i = 0;
            while (draw >= cumulative[i]) {
                i++;
            }
            return i + 1;
        }
    }

    /** A unit's share of the demo: how many responded, its weaker element(s) and a few written suggestions. */
    private record Plan(String unit, int responses, Map<SurveyElement, Level> levels, List<String> suggestions) {}

    /*
     * With a few hundred responses every unit stays below its Krejcie–Morgan minimum sample (300 and more for
     * the usual numbers of service users), so "too few responses" cannot single one unit out on its own.
     * Kelurahan Paya Pasir is the one with clearly too few: 12 responses against 60 and more elsewhere.
     */
    private static final List<Plan> PLANS = List.of(
            new Plan(DemoPeople.OFFICE, 110, levels(Map.of(SurveyElement.WAKTU, Level.WEAK,
                    SurveyElement.PROSEDUR, Level.FAIR)), List.of(
                    "Antrian di loket terlalu lama pada hari Senin, mohon ditambah petugas loket.",
                    "Petugas ramah, terima kasih. Surat ahli waris saya selesai sesuai janji.",
                    "Mohon ada nomor antrian supaya warga tidak berebut di depan loket.",
                    "Jam pelayanan sebaiknya ditulis jelas di pintu masuk, kemarin saya datang pas jam istirahat.",
                    "Persyaratan legalisasi sebaiknya diumumkan di papan informasi atau media sosial kantor camat.")),
            new Plan("Kelurahan Labuhan Deli", 75, levels(Map.of(SurveyElement.PENGADUAN, Level.WEAK)), List.of(
                    "Sudah dua kali melapor lampu jalan mati tapi belum ada kabar tindak lanjutnya.",
                    "Pelayanan cepat, surat domisili selesai hari itu juga.")),
            new Plan("Kelurahan Rengas Pulau", 65, levels(Map.of(SurveyElement.PERSYARATAN, Level.WEAK,
                    SurveyElement.SARANA, Level.FAIR)), List.of(
                    "Syarat surat pengantar berbeda dengan yang disampaikan kepling, mohon diseragamkan.",
                    "Petugasnya sabar menjelaskan, terima kasih.")),
            new Plan("Kelurahan Terjun", 70, levels(Map.of(SurveyElement.PROSEDUR, Level.WEAK)), List.of(
                    "Alurnya membingungkan, saya disuruh bolak-balik antara meja depan dan ruang sekretaris lurah.",
                    "Mohon disediakan contoh pengisian formulir surat keterangan usaha.")),
            // the grade-C unit: a poor waiting room and middling service overall (IKM about 73)
            new Plan("Kelurahan Tanah Enam Ratus", 60, levels(Level.WEAK, Map.of(SurveyElement.SARANA, Level.POOR,
                    SurveyElement.PERILAKU, Level.FAIR, SurveyElement.PRODUK, Level.FAIR)), List.of(
                    "Mohon disediakan kursi tunggu yang lebih banyak.",
                    "Ruang tunggu panas, kipas anginnya rusak.",
                    "Petugas sering tidak ada di tempat pada siang hari, kami menunggu lama.",
                    "Toilet untuk warga tidak bisa dipakai.")),
            new Plan("Kelurahan Paya Pasir", 12, levels(Map.of(SurveyElement.SARANA, Level.WEAK)), List.of(
                    "Kantor kelurahan susah dicari, mohon dipasang papan nama yang besar di jalan utama.")));

    private static final long SEED = 20261101L;
    /** Share of responses dated on a weekend or holiday (a form filled in at home after the visit). */
    private static final double OFF_DAY_SHARE = 0.03;
    private static final double SKIPPED_PROFILE = 0.04;
    private static final double SKIPPED_ITEM = 0.07;

    private static final Map<RespondentProfile.Item, int[]> PROFILE_WEIGHTS = Map.of(
            RespondentProfile.Item.SEX, new int[] {48, 52},
            RespondentProfile.Item.AGE, new int[] {4, 22, 28, 24, 15, 7},
            RespondentProfile.Item.EDUCATION, new int[] {8, 12, 45, 10, 22, 3, 0},
            RespondentProfile.Item.OCCUPATION, new int[] {8, 2, 2, 30, 33, 25});

    private final Units units;
    private final SurveyUnits surveyUnits;
    private final SurveyResponses responses;
    private final Clock clock;
    private final WorkingCalendar calendar;

    DemoSurveys(Units units, SurveyUnits surveyUnits, SurveyResponses responses, Clock clock,
            WorkingCalendar calendar) {
        this.units = units;
        this.surveyUnits = surveyUnits;
        this.responses = responses;
        this.clock = clock;
        this.calendar = calendar;
    }

    /** Writes the responses (in the caller's transaction) and says what was written. */
    DemoOffice.SurveyLoaded load() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), calendar.zone());
        LocalDate first = today.minusMonths(3);
        LocalDate last = today.minusDays(1);
        List<CompletedSurvey> surveys = new ArrayList<>();
        int suggestions = 0;
        for (int p = 0; p < PLANS.size(); p++) {
            Plan plan = PLANS.get(p);
            Unit unit = units.byName(plan.unit())
                    .orElseThrow(() -> new IllegalStateException("demo unit missing: " + plan.unit()));
            surveys.addAll(surveys(plan, unit, first, last, p));
            suggestions += plan.suggestions().size();
        }
        responses.write(surveys);
        return new DemoOffice.SurveyLoaded(surveys.size(), PLANS.size(), suggestions, first, last);
    }

    /**
     * Scores come from a generator of their own that draws a fixed number of doubles per response, so they
     * do not change with the dates, the working calendar or the configured services.
     */
    private List<CompletedSurvey> surveys(Plan plan, Unit unit, LocalDate first, LocalDate last, int index) {
        Random scoring = new Random(SEED + index);
        Random other = new Random(SEED * 31 + index);
        List<String> services = surveyUnits.services(unit).stream().map(SurveyProperties.Service::key).toList();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < plan.responses(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, other);
        List<Integer> withSuggestion = order.subList(0, plan.suggestions().size());
        List<CompletedSurvey> result = new ArrayList<>(plan.responses());
        for (int i = 0; i < plan.responses(); i++) {
            Map<SurveyElement, Integer> scores = new EnumMap<>(SurveyElement.class);
            for (SurveyElement element : SurveyElement.values()) {
                scores.put(element, plan.levels().get(element).score(scoring.nextDouble()));
            }
            int s = withSuggestion.indexOf(i);
            String service = services.isEmpty() ? "" : services.get(other.nextInt(services.size()));
            result.add(new CompletedSurvey(unit.id(), service, day(other, first, last), profile(other), scores,
                    s < 0 ? null : plan.suggestions().get(s)));
        }
        return result;
    }

    private LocalDate day(Random random, LocalDate first, LocalDate last) {
        int span = (int) ChronoUnit.DAYS.between(first, last) + 1;
        LocalDate day = first;
        for (int attempt = 0; attempt < 50; attempt++) {
            day = first.plusDays(random.nextInt(span));
            if (calendar.isWorkingDay(day) || random.nextDouble() < OFF_DAY_SHARE) {
                return day;
            }
        }
        return day;
    }

    private static RespondentProfile profile(Random random) {
        if (random.nextDouble() < SKIPPED_PROFILE) {
            return RespondentProfile.SKIPPED;
        }
        RespondentProfile profile = RespondentProfile.SKIPPED;
        for (RespondentProfile.Item item : RespondentProfile.Item.values()) {
            if (random.nextDouble() >= SKIPPED_ITEM) {
                profile = profile.with(item, item.codes().get(weighted(random, PROFILE_WEIGHTS.get(item))));
            }
        }
        return profile;
    }

    private static int weighted(Random random, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int draw = random.nextInt(total);
        int i = 0;
        while (draw >= weights[i]) {
            draw -= weights[i];
            i++;
        }
        return i;
    }

    private static Map<SurveyElement, Level> levels(Map<SurveyElement, Level> exceptions) {
        return levels(Level.GOOD, exceptions);
    }

    /** Every element at {@code usual}, Biaya/Tarif free, and the exceptions as given. */
    private static Map<SurveyElement, Level> levels(Level usual, Map<SurveyElement, Level> exceptions) {
        Map<SurveyElement, Level> levels = new EnumMap<>(SurveyElement.class);
        for (SurveyElement element : SurveyElement.values()) {
            levels.put(element, usual);
        }
        levels.put(SurveyElement.BIAYA, Level.FREE);
        levels.putAll(exceptions);
        return Map.copyOf(levels);
    }
}
