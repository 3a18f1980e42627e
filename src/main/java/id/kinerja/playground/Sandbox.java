package id.kinerja.playground;

import id.kinerja.demo.DemoOffice;
import id.kinerja.employee.Employees;
import id.kinerja.playground.emulator.BotApiEmulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The demo office the playground runs on: loaded on the first start, restored by a reset. */
@Component
@ConditionalOnProperty(name = PlaygroundMode.ENABLED, havingValue = "true")
class Sandbox {

    private static final Logger log = LoggerFactory.getLogger(Sandbox.class);

    private final DemoOffice demo;
    private final Employees employees;
    private final Personas personas;
    private final PlaygroundGroups groups;
    private final BotApiEmulator emulator;
    private final TimeTravel clock;
    private final SandboxData data;

    Sandbox(DemoOffice demo, Employees employees, Personas personas, PlaygroundGroups groups, BotApiEmulator emulator,
            TimeTravel clock, JdbcClient jdbc) {
        this.demo = demo;
        this.employees = employees;
        this.personas = personas;
        this.groups = groups;
        this.emulator = emulator;
        this.clock = clock;
        this.data = new SandboxData(jdbc);
    }

    /** At start: the demo office when the database has nobody yet, the personas and their group. */
    synchronized void open() {
        clock.restart();
        if (employees.all().isEmpty()) {
            demo.load().ifPresent(loaded -> log.info("Playground: demo office loaded ({})", String.join("; ", loaded.lines())));
        }
        personas.establish();
        groups.establish();
    }

    /** Everything back to the start: data wiped and the demo reloaded, chats and calls emptied, the clock back. */
    synchronized void reset() {
        data.wipe();
        emulator.reset();
        open();
    }
}
