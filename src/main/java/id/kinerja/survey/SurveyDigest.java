package id.kinerja.survey;

import id.kinerja.account.AccountLanguage;
import id.kinerja.calendar.WorkingCalendar;
import id.kinerja.employee.Employees;
import id.kinerja.employee.Unit;
import id.kinerja.employee.Units;
import id.kinerja.outbox.OutgoingMessage;
import id.kinerja.outbox.Outbox;
import id.kinerja.text.Dates;
import id.kinerja.text.Language;
import id.kinerja.text.Texts;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily digest of new suggestions and complaints: each unit head with a linked account gets, at most once a
 * day, one message listing what citizens wrote about their unit since the last digest, through the outbox (its
 * rate limits and quiet hours). A suggestion counts as carried once it was queued for at least one head; a
 * unit without a reachable head keeps its suggestions for the next day (HR sees them in /ikm meanwhile).
 */
@Service
public class SurveyDigest {

    /** Suggestions listed in one digest message; the rest are counted and shown in /ikm. */
    static final int LISTED = 10;
    /** Characters of a suggestion quoted in the digest. */
    static final int QUOTED = 300;

    private final SurveySuggestions suggestions;
    private final Units units;
    private final Employees employees;
    private final AccountLanguage languages;
    private final Outbox outbox;
    private final SurveyUnits surveyUnits;
    private final SuggestionDigestButtons buttons;
    private final WorkingCalendar calendar;
    private final Texts texts;

    SurveyDigest(SurveySuggestions suggestions, Units units, Employees employees, AccountLanguage languages,
                 Outbox outbox, SurveyUnits surveyUnits, SuggestionDigestButtons buttons, WorkingCalendar calendar,
                 Texts texts) {
        this.suggestions = suggestions;
        this.units = units;
        this.employees = employees;
        this.languages = languages;
        this.outbox = outbox;
        this.surveyUnits = surveyUnits;
        this.buttons = buttons;
        this.calendar = calendar;
        this.texts = texts;
    }

    /** Queues the digests due at {@code now}; returns the number of messages queued. */
    @Transactional
    public int queueAt(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, calendar.zone());
        int queued = 0;
        for (long unitId : suggestions.unitsWithUndigested()) {
            Unit unit = units.byId(unitId).orElse(null);
            List<Suggestion> fresh = suggestions.undigested(unitId);
            if (unit == null || fresh.isEmpty()) {
                continue;
            }
            Map<Long, Long> chats = employees.linkedChats(units.heads(unitId));
            boolean carried = false;
            for (Map.Entry<Long, Long> head : chats.entrySet()) {
                Language language = languages.of(head.getValue());
                OutgoingMessage message = new OutgoingMessage("survey-digest",
                        "survey-digest:" + unitId + ":" + head.getKey() + ":" + today, head.getValue(), head.getKey(),
                        html(unit, fresh, language), buttons.forUnit(unitId, language), now);
                if (outbox.enqueue(message)) {
                    queued++;
                }
                carried = true;
            }
            if (carried) {
                suggestions.markDigested(fresh.stream().map(Suggestion::id).toList());
            }
        }
        return queued;
    }

    private String html(Unit unit, List<Suggestion> fresh, Language language) {
        List<String> lines = new ArrayList<>();
        for (Suggestion s : fresh.subList(0, Math.min(LISTED, fresh.size()))) {
            String quoted = s.text().length() > QUOTED ? s.text().substring(0, QUOTED - 1) + "…" : s.text();
            String service = surveyUnits.service(unit, s.service())
                    .map(x -> language == Language.EN ? x.nameEn() : x.name()).orElse("");
            lines.add(texts.get(language, service.isEmpty() ? "survey_digest.line" : "survey_digest.line_service",
                    "date", Dates.longDate(s.day(), language), "service", service, "text", quoted));
        }
        String more = fresh.size() > LISTED
                ? "\n" + texts.get(language, "survey_digest.more", "count", fresh.size() - LISTED) : "";
        return texts.get(language, "survey_digest.message", "unit", unit.name(), "count", fresh.size(),
                "list", id.kinerja.text.Html.raw(String.join("\n", lines) + more));
    }
}
