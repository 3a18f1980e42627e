package id.kinerja.account;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kinerja.audit.AuditLog;
import id.kinerja.audit.PersonalDataSection;
import id.kinerja.audit.PersonalDataSource;
import id.kinerja.employee.Employee;
import id.kinerja.spreadsheet.Table;
import id.kinerja.spreadsheet.XlsxWorkbook;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The copy of everything stored about a person (UU 27/2022 Pasal 7, 13 and 32), assembled from every module's
 * {@link PersonalDataSource}: a JSON document and an XLSX workbook (one sheet per section), both machine-readable.
 * Only for the person themselves; at most {@code kinerja.data-subject.copies-per-day} requests in 24 hours. The
 * request is audited when it is made, each file once it reached the person's chat.
 */
@Service
public class PersonalDataCopy {

    static final String REQUESTED = "DATA_COPY_REQUESTED";
    static final String SENT = "DATA_COPY_SENT";

    /** The order a reader meets the sections in; a section not named here comes before the log and retention. */
    private static final List<String> ORDER = List.of("employee", "telegram_account", "indicators", "evaluations",
            "objections", "coaching", "development", "recognition", "peer_ratings_given", "correction_requests");
    private static final List<String> LAST = List.of("processing_log", "retention");

    /** The answer to a request for a copy. */
    public sealed interface Outcome {
        record Ready(byte[] json, byte[] xlsx, List<String> sections) implements Outcome {}

        /** The limit of copies in 24 hours is reached; nothing was assembled. */
        record TooMany(int limit) implements Outcome {}
    }

    private final ObjectProvider<PersonalDataSource> sources;
    private final AuditLog audit;
    private final Clock clock;
    private final DataSubjectProperties properties;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    PersonalDataCopy(ObjectProvider<PersonalDataSource> sources, AuditLog audit, Clock clock,
                     DataSubjectProperties properties) {
        this.sources = sources;
        this.audit = audit;
        this.clock = clock;
        this.properties = properties;
    }

    /** The copy for {@code me}, who asked for it in their own private chat. */
    @Transactional
    public Outcome prepare(Employee me) {
        Instant now = clock.instant();
        String subject = subject(me);
        if (audit.count(REQUESTED, subject, now.minusSeconds(24 * 3600)) >= properties.copiesPerDay()) {
            return new Outcome.TooMany(properties.copiesPerDay());
        }
        audit.record(subject, REQUESTED, subject, null);
        List<PersonalDataSection> sections = sections(me.id());
        return new Outcome.Ready(json(me, now, sections), xlsx(sections),
                sections.stream().map(PersonalDataSection::name).toList());
    }

    /** Records that a file of the copy reached the person's chat. */
    public void delivered(Employee me, String fileName, List<String> sections) {
        audit.record(subject(me), SENT, subject(me), fileName + " sections=" + String.join(",", sections));
    }

    private static String subject(Employee me) {
        return "employee:" + me.nip();
    }

    /** Every source's sections, in reading order; a name two sources use gets a suffix the second time. */
    List<PersonalDataSection> sections(long employeeId) {
        List<PersonalDataSection> all = new ArrayList<>();
        sources.orderedStream().forEach(source -> all.addAll(source.about(employeeId)));
        all.sort(Comparator.comparingInt(PersonalDataCopy::rank));
        Set<String> names = new HashSet<>();
        List<PersonalDataSection> unique = new ArrayList<>();
        for (PersonalDataSection section : all) {
            String name = section.name();
            for (int n = 2; !names.add(name); n++) {
                name = section.name() + "_" + n;
            }
            unique.add(name.equals(section.name()) ? section
                    : new PersonalDataSection(name, section.columns(), section.rows()));
        }
        return unique;
    }

    private static int rank(PersonalDataSection section) {
        int known = ORDER.indexOf(section.name());
        int last = LAST.indexOf(section.name());
        return known >= 0 ? known : last >= 0 ? ORDER.size() + 1 + last : ORDER.size();
    }

    private byte[] json(Employee me, Instant now, List<PersonalDataSection> sections) {
        ObjectNode root = json.createObjectNode();
        root.put("generated_at", now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
        root.putObject("subject").put("nip", me.nip().value()).put("name", me.name());
        ObjectNode all = root.putObject("sections");
        for (PersonalDataSection section : sections) {
            ArrayNode rows = all.putArray(section.name());
            for (List<Object> values : section.rows()) {
                ObjectNode row = rows.addObject();
                for (int c = 0; c < section.columns().size(); c++) {
                    put(row, section.columns().get(c), values.get(c));
                }
            }
        }
        try {
            return json.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void put(ObjectNode row, String column, Object value) {
        if (value == null) {
            row.putNull(column);
        } else if (value instanceof Long number) {
            row.put(column, number);
        } else if (value instanceof BigDecimal number) {
            row.put(column, number);
        } else if (value instanceof Boolean flag) {
            row.put(column, flag);
        } else {
            // strings as they are; dates and local date-times (the office's zone) in ISO-8601
            row.put(column, value.toString());
        }
    }

    private static byte[] xlsx(List<PersonalDataSection> sections) {
        List<Table> sheets = sections.stream().map(section -> new Table(section.name(), section.columns(),
                section.rows().stream().map(row -> row.stream().map(PersonalDataCopy::cell).toList()).toList()))
                .toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XlsxWorkbook.write(sheets, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A section's value as a table cell: whole numbers as numbers, yes/no as the words true/false. */
    private static Object cell(Object value) {
        if (value instanceof Long number) {
            return BigDecimal.valueOf(number);
        } else if (value instanceof Boolean flag) {
            return flag.toString();
        }
        return value;
    }
}
