package id.kinerja.admin;

import id.kinerja.account.DeepLinks;
import id.kinerja.account.LinkCodeSheet;
import id.kinerja.employee.Employee;
import id.kinerja.employee.Requester;
import id.kinerja.employee.Units;
import id.kinerja.spreadsheet.CsvWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "link-codes", description = {"Issue link codes in bulk (--unit UNIT or --all) as CSV with deep links.",
        "Columns nip,name,unit,code,deep_link,already_linked (deep_link is empty when the bot's username is unknown).",
        "People whose Telegram account is already linked are skipped unless --include-linked is given.",
        "Older unused codes of these employees stop working."})
class LinkCodesCommand extends ScopedCommand {

    @Option(names = "--all", description = "every active employee (instead of --unit)")
    boolean all;

    @Option(names = "--include-linked",
            description = "also issue codes for people already linked (marked in the already_linked column)")
    boolean includeLinked;

    @Option(names = "--out", paramLabel = "FILE", description = "write the CSV here (default: standard output)")
    Path outFile;

    @Option(names = "--bot-username", description = "the bot's Telegram username, for the deep links")
    String botUsername;

    private final LinkCodeSheet sheet;
    private final DeepLinks deepLinks;
    private final Units units;

    LinkCodesCommand(LinkCodeSheet sheet, DeepLinks deepLinks, Units units) {
        this.sheet = sheet;
        this.deepLinks = deepLinks;
        this.units = units;
    }

    @Override
    public Integer call() throws IOException {
        if (all == (unit != null)) {
            refuseWith("cli.unit_or_all");
            return USAGE;
        }
        Optional<Requester> requester = all ? Optional.of(Requester.commandLine())
                : units.byName(unit).map(Requester::commandLineWithin);
        Optional<List<Employee>> people = requester.map(sheet::employeesOf).filter(list -> !list.isEmpty());
        if (people.isEmpty()) {
            return refuseWith("cli.no_active_in_unit", "unit", unit);
        }
        Optional<String> bot = deepLinks.botUsername(botUsername);
        if (bot.isEmpty()) {
            err().println(text("cli.unknown_username_note"));
        }
        String label = all ? "all" : "unit:" + unit.trim();
        List<Employee> toIssue = includeLinked ? people.get()
                : people.get().stream().filter(e -> !e.isLinked()).toList();
        int skipped = people.get().size() - toIssue.size();
        if (skipped > 0) {
            err().println(text("cli.already_linked", "count", skipped));
        }
        if (outFile == null) {
            sheet.issue(toIssue, bot, CsvWriter.plain(out()), label, requester.get());
            return OK;
        }
        if (!Files.isDirectory(outFile.toAbsolutePath().getParent())) {
            return refuseWith("cli.folder_of_file_missing", "file", outFile);
        }
        Path temporary = Files.createTempFile(outFile.toAbsolutePath().getParent(), ".link-codes", ".csv");
        try {
            int count;
            try (OutputStream stream = Files.newOutputStream(temporary)) {
                count = sheet.issue(toIssue, bot, CsvWriter.withBom(stream), label, requester.get());
            }
            Files.move(temporary, outFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            out().println(text("cli.link_codes_written", "count", count, "file", outFile));
        } finally {
            Files.deleteIfExists(temporary);
        }
        return OK;
    }
}
