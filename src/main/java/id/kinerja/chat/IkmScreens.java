package id.kinerja.chat;

import id.kinerja.calendar.WorkingCalendar;
import id.kinerja.chart.Charts;
import id.kinerja.employee.AdminScope;
import id.kinerja.employee.AdminScopes;
import id.kinerja.employee.Employee;
import id.kinerja.employee.Unit;
import id.kinerja.employee.Units;
import id.kinerja.survey.IkmScore;
import id.kinerja.survey.OfficeIndex;
import id.kinerja.survey.PeriodIndex;
import id.kinerja.survey.SampleStatus;
import id.kinerja.survey.Suggestion;
import id.kinerja.survey.SurveyElement;
import id.kinerja.survey.SurveyIndex;
import id.kinerja.survey.SurveyPeriod;
import id.kinerja.survey.SurveySuggestions;
import id.kinerja.survey.SurveyUnits;
import id.kinerja.survey.UnitIndex;
import id.kinerja.text.ControlCharacters;
import id.kinerja.text.Dates;
import id.kinerja.text.Html;
import id.kinerja.text.Keyboard;
import id.kinerja.text.Language;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * /ikm (docs/SPEC.md §2.7): the citizen satisfaction index for HR (every unit) and unit heads (their units and
 * the units below), its charts, and the citizens' suggestions with their follow-up. Who may see a unit is
 * decided in one place, {@link #visibleUnits}; every button is checked against it again when tapped.
 */
@Component
class IkmScreens {

    /** Typed text is the follow-up note of the suggestion in {@code data} (its id). */
    static final String FOLLOW_UP = "SURVEY_FOLLOW_UP";
    /** Earlier periods shown in a trend. */
    static final int TREND = 3;
    /** Units with a chart button; the rest are reachable from a unit head's own /ikm. */
    static final int CHART_BUTTONS = 8;
    /** Open suggestions listed at once. */
    static final int LISTED = 5;

    private final SurveyIndex index;
    private final SurveyUnits surveyUnits;
    private final SurveySuggestions suggestions;
    private final Units units;
    private final ConversationStore conversations;
    private final WorkingCalendar calendar;
    private final Clock clock;

    private final AdminScopes scopes;

    IkmScreens(SurveyIndex index, SurveyUnits surveyUnits, SurveySuggestions suggestions, Units units,
               ConversationStore conversations, WorkingCalendar calendar, Clock clock, AdminScopes scopes) {
        this.scopes = scopes;
        this.index = index;
        this.surveyUnits = surveyUnits;
        this.suggestions = suggestions;
        this.units = units;
        this.conversations = conversations;
        this.calendar = calendar;
        this.clock = clock;
    }

    void ikm(Turn turn) {
        Employee me = turn.me().orElseThrow();
        List<Unit> visible = visibleUnits(me);
        if (visible.isEmpty()) {
            turn.say(turn.text("survey_ikm.not_allowed"));
            return;
        }
        SurveyPeriod period = index.periodContaining(today());
        StringBuilder html = new StringBuilder(turn.text("survey_ikm.title", "period", periodName(turn, period)));
        // the whole office's figure only for HR of the whole organisation
        if (me.admin() && scopes.of(me).isWhole()) {
            OfficeIndex office = index.office(period);
            html.append("\n").append(turn.text("survey_ikm.office", "score", Html.raw(score(turn, office.score())),
                    "count", office.responses()));
            html.append("\n").append(sample(turn, office.sample()));
            html.append("\n").append(trend(turn, index.officeTrend(period, TREND)));
        }
        List<Keyboard.Button> buttons = new ArrayList<>();
        List<Keyboard.Button> suggestionButtons = new ArrayList<>();
        int shown = 0;
        for (UnitIndex unit : index.allUnits(period)) {
            if (!contains(visible, unit.unit()) || !surveyed(unit)) {
                continue;
            }
            shown++;
            String indent = depth(unit.unit(), visible) > 0 ? "↳ " : "";
            html.append("\n\n").append(indent).append(turn.text("survey_ikm.unit", "unit", unit.unit().name(),
                    "score", Html.raw(score(turn, unit.score())), "count", unit.responses()));
            html.append("\n").append(sample(turn, unit.sample()));
            if (!unit.weakest().isEmpty()) {
                html.append("\n").append(turn.text("survey_ikm.weakest", "elements", Html.raw(weakest(turn, unit))));
            }
            html.append("\n").append(trend(turn, index.trend(unit.unit(), period, TREND)));
            if (unit.responses() > 0 && buttons.size() < CHART_BUTTONS) {
                buttons.add(Keyboard.Button.tap(Html.plain(turn.text("survey_ikm.chart_button", "unit", unit.unit().name())),
                        new IkmCallback.Chart(unit.unit().id()).encode()));
            }
            long open = suggestions.countOpen(unit.unit().id());
            if (open > 0 && suggestionButtons.size() < CHART_BUTTONS) {
                suggestionButtons.add(Keyboard.Button.tap(Html.plain(turn.text("survey_ikm.suggestions_button",
                        "unit", unit.unit().name(), "count", open)), new IkmCallback.Suggestions(unit.unit().id()).encode()));
            }
        }
        if (shown == 0) {
            html.append("\n\n").append(turn.text("survey_ikm.no_units"));
        }
        buttons.addAll(suggestionButtons);
        turn.say(html.toString(), Keyboard.column(buttons));
    }

    /** The unit's charts: NRR per element and the IKM trend, two pictures. */
    boolean chart(Turn turn, IkmCallback.Chart tap) {
        Optional<Unit> unit = visible(turn, tap.unitId());
        if (unit.isEmpty()) {
            return false;
        }
        SurveyPeriod period = index.periodContaining(today());
        UnitIndex now = index.unit(unit.get(), period);
        if (now.responses() == 0) {
            turn.answer(turn.text("survey_ikm.no_responses"), true);
            return true;
        }
        List<String> names = new ArrayList<>();
        List<Number> nrr = new ArrayList<>();
        for (IkmScore.ElementScore element : now.score().elements()) {
            names.add(Html.plain(turn.text("survey.element." + element.element().key() + ".short")));
            nrr.add(element.nrr().map(BigDecimal::doubleValue).orElse(0.0));
        }
        String unitName = unit.get().name();
        byte[] bars = Charts.bars(Html.plain(turn.text("survey_ikm.chart_nrr_title", "unit", unitName,
                "period", periodName(turn, period))), names, nrr);
        List<PeriodIndex> trend = index.trend(unit.get(), period, TREND);
        byte[] line = Charts.line(Html.plain(turn.text("survey_ikm.chart_trend_title", "unit", unitName)),
                trend.stream().map(p -> p.period().code()).toList(),
                trend.stream().map(p -> (Number) p.score().ikm().map(BigDecimal::doubleValue).orElse(null)).toList(),
                25, 100);
        turn.answer(turn.text("survey_ikm.chart_sending"), false);
        turn.send(new Reply.SendPhoto(turn.chatId(), "nrr.png", bars,
                turn.text("survey_ikm.chart_nrr_caption", "unit", unitName), turn.text("survey_ikm.chart_failed")));
        turn.send(new Reply.SendPhoto(turn.chatId(), "ikm-trend.png", line,
                turn.text("survey_ikm.chart_trend_caption", "unit", unitName), turn.text("survey_ikm.chart_failed")));
        return true;
    }

    /** The unit's open suggestions, newest first, each with a follow-up button. */
    boolean suggestions(Turn turn, IkmCallback.Suggestions tap) {
        Optional<Unit> unit = visible(turn, tap.unitId());
        if (unit.isEmpty()) {
            return false;
        }
        List<Suggestion> open = suggestions.open(unit.get().id(), LISTED);
        if (open.isEmpty()) {
            turn.say(turn.text("survey_ikm.suggestions_none", "unit", unit.get().name()));
            return true;
        }
        StringBuilder html = new StringBuilder(turn.text("survey_ikm.suggestions_title", "unit", unit.get().name(),
                "count", suggestions.countOpen(unit.get().id())));
        List<Keyboard.Button> buttons = new ArrayList<>();
        int number = 1;
        for (Suggestion s : open) {
            html.append("\n\n").append(turn.text("survey_ikm.suggestion_line", "number", number,
                    "date", Dates.longDate(s.day(), turn.language()), "text", s.text()));
            buttons.add(Keyboard.Button.tap(Html.plain(turn.text("survey_ikm.follow_up_button", "number", number)),
                    new IkmCallback.FollowUp(s.id()).encode()));
            number++;
        }
        turn.say(html.toString(), Keyboard.column(buttons));
        return true;
    }

    /** "Tindak lanjuti" on one suggestion: asks for the note. */
    boolean followUp(Turn turn, IkmCallback.FollowUp tap) {
        Optional<Suggestion> suggestion = suggestions.byId(tap.suggestion());
        if (suggestion.isEmpty() || visible(turn, suggestion.get().unitId()).isEmpty()) {
            return false;
        }
        if (suggestion.get().followedUp()) {
            turn.answer(turn.text("survey_ikm.follow_up_already"), true);
            return true;
        }
        conversations.enter(turn.userId(), FOLLOW_UP, suggestion.get().id().toString());
        turn.answer("", false);
        turn.say(turn.text("survey_ikm.follow_up_ask", "text", suggestion.get().text()));
        return true;
    }

    /** The typed follow-up note. */
    void note(Turn turn, String data, String text) {
        Optional<Suggestion> suggestion = parse(data).flatMap(suggestions::byId);
        Employee me = turn.me().orElseThrow();
        if (suggestion.isEmpty() || !contains(visibleUnits(me), suggestion.get().unitId())) {
            conversations.clear(turn.userId());
            turn.say(turn.text("stale_button"));
            return;
        }
        String note = text.trim();
        java.util.OptionalInt hidden = ControlCharacters.inText(note);
        if (hidden.isPresent()) {
            turn.say(turn.text("survey_ikm.note_hidden_character", "character", ControlCharacters.name(hidden.getAsInt())));
            return;
        }
        if (note.isEmpty() || note.codePointCount(0, note.length()) > SurveySuggestions.MAX_NOTE) {
            turn.say(turn.text("survey_ikm.note_length", "max", SurveySuggestions.MAX_NOTE));
            return;
        }
        conversations.clear(turn.userId());
        if (!suggestions.followUp(suggestion.get().id(), me, note, clock.instant())) {
            turn.say(turn.text("survey_ikm.follow_up_already"));
            return;
        }
        turn.say(turn.text("survey_ikm.follow_up_done", "unit", units.byId(suggestion.get().unitId())
                .map(Unit::name).orElse("")));
    }

    /**
     * The units this person may see the index and the suggestions of: HR the units of its part of the organisation
     * (every unit for the whole), a unit head the units they head and everything below them, anybody else none.
     */
    List<Unit> visibleUnits(Employee me) {
        if (me.admin()) {
            AdminScope scope = scopes.of(me);
            if (scope.isWhole()) {
                return units.all();
            }
            // HR for a part of the organisation: that part, and what they head besides
            Set<Long> headedOrScoped = new HashSet<>();
            units.headedBy(me.id()).forEach(h -> units.subtree(h.id()).forEach(u -> headedOrScoped.add(u.id())));
            return units.all().stream().filter(u -> scope.coversUnit(u.id()) || headedOrScoped.contains(u.id())).toList();
        }
        Map<Long, Unit> visible = new LinkedHashMap<>();
        for (Unit headed : units.headedBy(me.id())) {
            units.subtree(headed.id()).forEach(u -> visible.put(u.id(), u));
        }
        return List.copyOf(visible.values());
    }

    private Optional<Unit> visible(Turn turn, long unitId) {
        return turn.me().flatMap(me -> visibleUnits(me).stream().filter(u -> u.id() == unitId).findFirst());
    }

    /** A unit belongs in the overview when citizens answered about it or it is configured for the survey. */
    private boolean surveyed(UnitIndex unit) {
        return unit.responses() > 0 || !surveyUnits.services(unit.unit()).isEmpty()
                || surveyUnits.yearlyUsers(unit.unit()).isPresent();
    }

    private static boolean contains(List<Unit> units, Unit unit) {
        return contains(units, unit.id());
    }

    private static boolean contains(List<Unit> units, long unitId) {
        return units.stream().anyMatch(u -> u.id() == unitId);
    }

    /** How deep the unit is below the top of what is visible (0 for a top unit of the view). */
    private static int depth(Unit unit, List<Unit> visible) {
        int depth = 0;
        Long parent = unit.parentId();
        while (parent != null && contains(visible, parent) && depth < 50) {
            depth++;
            long p = parent;
            parent = visible.stream().filter(u -> u.id() == p).findFirst().map(Unit::parentId).orElse(null);
        }
        return depth;
    }

    private String score(Turn turn, IkmScore score) {
        if (score.ikm().isEmpty()) {
            return turn.text("survey_ikm.no_score");
        }
        return turn.text("survey_ikm.score", "ikm", number(turn.language(), score.ikm().get()),
                "grade", turn.text(score.grade().orElseThrow().qualityKey()),
                "label", turn.text(score.grade().orElseThrow().performanceKey()));
    }

    private String sample(Turn turn, SampleStatus sample) {
        if (sample.minimum().isEmpty()) {
            return turn.text("survey_ikm.sample_unknown", "count", sample.responses());
        }
        return turn.text(sample.reached() ? "survey_ikm.sample_reached" : "survey_ikm.sample_not_reached",
                "count", sample.responses(), "minimum", sample.minimum().getAsLong());
    }

    private String weakest(Turn turn, UnitIndex unit) {
        List<String> parts = new ArrayList<>();
        for (IkmScore.ElementScore e : unit.weakest()) {
            parts.add(turn.text("survey_ikm.weak_element", "element", turn.text("survey.element." + e.element().key() + ".name"),
                    "nrr", number(turn.language(), e.nrr().orElseThrow())));
        }
        return String.join(" · ", parts);
    }

    private String trend(Turn turn, List<PeriodIndex> trend) {
        List<String> points = new ArrayList<>();
        for (PeriodIndex point : trend) {
            points.add(Html.escape(point.period().code()) + " " + point.score().ikm()
                    .map(ikm -> number(turn.language(), ikm)).orElse("–"));
        }
        return turn.text("survey_ikm.trend", "points", Html.raw(String.join(" → ", points)));
    }

    static String periodName(Turn turn, SurveyPeriod period) {
        String roman = switch (period.number()) {
            case 1 -> "I";
            case 2 -> "II";
            case 3 -> "III";
            case 4 -> "IV";
            default -> String.valueOf(period.number());
        };
        return switch (period.kind()) {
            case MONTH -> java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", turn.language().locale())
                    .format(period.first());
            case QUARTER -> Html.plain(turn.text("survey_ikm.period.quarter", "number", roman, "year", period.first().getYear()));
            case SEMESTER -> Html.plain(turn.text("survey_ikm.period.semester", "number", roman, "year", period.first().getYear()));
            case YEAR -> Html.plain(turn.text("survey_ikm.period.year", "year", period.first().getYear()));
        };
    }

    private static String number(Language language, BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(language.locale());
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    private static Optional<UUID> parse(String data) {
        try {
            return Optional.of(UUID.fromString(data));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(calendar.zone()));
    }
}
