package id.kinerja.playground;

import id.kinerja.account.LinkCodes;
import id.kinerja.account.TelegramAccounts;
import id.kinerja.demo.DemoPeople;
import id.kinerja.employee.Employee;
import id.kinerja.employee.Employees;
import id.kinerja.employee.Nip;
import id.kinerja.employee.Units;
import id.kinerja.playground.emulator.BotApiEmulator;
import id.kinerja.survey.SurveyLinks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The playground's people: four demo employees already linked (pegawai, atasan, HR, camat), a citizen for the
 * survey and a new visitor who links with a link code. Each is a user of the emulator speaking Indonesian.
 */
@Component
@ConditionalOnProperty(name = PlaygroundMode.ENABLED, havingValue = "true")
class Personas {

    static final long PEGAWAI = 1001;
    static final long ATASAN = 1002;
    static final long HR = 1003;
    static final long CAMAT = 1004;
    static final long WARGA = 1005;
    static final long VISITOR = 1006;
    static final String LANGUAGE = "id";
    /** The demo person the visitor becomes: Budi Santoso, Pengadministrasi Umum (not linked otherwise). */
    static final int VISITOR_PERSON = 5;
    /** A fictional citizen; not on any roster. */
    static final String CITIZEN_NAME = "Putri Handayani";
    /** A link code is valid for days (kinerja.linking.code-ttl); one older than this is replaced. */
    private static final Duration CODE_REFRESH = Duration.ofDays(1);

    private record Definition(long userId, String role, int person, boolean linked) {}

    private static final List<Definition> DEFINITIONS = List.of(
            new Definition(PEGAWAI, "pegawai", DemoPeople.STAFF, true),
            new Definition(ATASAN, "atasan", DemoPeople.SECTION_HEAD, true),
            new Definition(HR, "hr", DemoPeople.HR_ADMIN, true),
            new Definition(CAMAT, "camat", DemoPeople.CAMAT, true),
            new Definition(WARGA, "warga", 0, false),
            new Definition(VISITOR, "visitor", VISITOR_PERSON, false));

    private static final Logger log = LoggerFactory.getLogger(Personas.class);

    private final BotApiEmulator emulator;
    private final Employees employees;
    private final TelegramAccounts accounts;
    private final LinkCodes linkCodes;
    private final SurveyLinks surveyLinks;
    private final Units units;
    private final Clock clock;
    private volatile String visitorCode;
    private volatile Instant visitorCodeIssued;

    Personas(BotApiEmulator emulator, Employees employees, TelegramAccounts accounts, LinkCodes linkCodes,
             SurveyLinks surveyLinks, Units units, Clock clock) {
        this.emulator = emulator;
        this.employees = employees;
        this.accounts = accounts;
        this.linkCodes = linkCodes;
        this.surveyLinks = surveyLinks;
        this.units = units;
        this.clock = clock;
    }

    /** Whether that user id is one of the personas. */
    static boolean isPersona(long userId) {
        return DEFINITIONS.stream().anyMatch(d -> d.userId() == userId);
    }

    /** Registers every persona with the emulator and links the four employees to their demo people. */
    void establish() {
        for (Definition d : DEFINITIONS) {
            emulator.registerUser(d.userId(), firstName(d), LANGUAGE);
            accounts.seen(d.userId(), LANGUAGE);
            if (d.linked()) {
                Optional<Employee> employee = demoPerson(d.person());
                if (employee.isEmpty()) {
                    log.warn("Playground: demo person {} is not on the roster; persona {} stays unlinked", d.person(),
                            d.role());
                } else if (!Long.valueOf(d.userId()).equals(employee.get().telegramUserId())) {
                    employees.bindTelegram(employee.get().id(), d.userId(), clock.instant());
                }
            }
        }
        visitorCode = null;
    }

    List<Persona> list() {
        List<Persona> personas = new ArrayList<>();
        for (Definition d : DEFINITIONS) {
            Optional<Employee> linkedTo = employees.byTelegramUser(d.userId());
            if (d.person() == 0) {
                personas.add(new Persona(d.userId(), d.role(), CITIZEN_NAME, DemoPeople.OFFICE, false, LANGUAGE,
                        citizenHint()));
                continue;
            }
            DemoPeople.Person person = DemoPeople.get(d.person());
            String hint = d.role().equals("visitor") && linkedTo.isEmpty() ? visitorHint() : null;
            personas.add(new Persona(d.userId(), d.role(), person.name(), person.position() + " · " + person.unit(),
                    linkedTo.isPresent(), LANGUAGE, hint));
        }
        return personas;
    }

    private String citizenHint() {
        return units.byName(DemoPeople.OFFICE).map(unit -> "/start " + surveyLinks.payload(unit, null)).orElse(null);
    }

    /** {@code /start <code>} with a fresh code for the visitor's demo person (reissued once a day of playground time). */
    private synchronized String visitorHint() {
        Instant now = clock.instant();
        if (visitorCode == null || visitorCodeIssued.plus(CODE_REFRESH).isBefore(now)) {
            Optional<Employee> person = demoPerson(VISITOR_PERSON);
            if (person.isEmpty()) {
                return null;
            }
            visitorCode = linkCodes.issue(person.get(), "playground");
            visitorCodeIssued = now;
        }
        return "/start " + visitorCode;
    }

    private Optional<Employee> demoPerson(int index) {
        return employees.byNip(Nip.parse(DemoPeople.get(index).nip()));
    }

    private static String firstName(Definition d) {
        String name = d.person() == 0 ? CITIZEN_NAME : DemoPeople.get(d.person()).name();
        int comma = name.indexOf(',');
        return comma < 0 ? name : name.substring(0, comma);
    }
}
