package id.kinerja.chat;

import id.kinerja.employee.Requester;
import id.kinerja.spreadsheet.TableReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * HR sends a roster, indicator or evaluation file (CSV or an Excel workbook) to the bot: it is downloaded, recognised by its
 * header and imported all-or-nothing, exactly as the command line would. Nobody else's files are
 * downloaded.
 */
@Component
class FileScreens {

    private static final Logger log = LoggerFactory.getLogger(FileScreens.class);

    static final int MAX_BYTES = 1024 * 1024;
    /** Problems listed in the answer; a file with more gets a count of the rest (it is systematic anyway). */
    static final int MAX_PROBLEMS = 100;

    private final FileDownloads downloads;
    private final FileImports imports;

    FileScreens(FileDownloads downloads, FileImports imports) {
        this.downloads = downloads;
        this.imports = imports;
    }

    void file(Turn turn, Incoming.FileMessage file) {
        if (turn.me().isEmpty() || !turn.me().get().admin()) {
            turn.say(turn.text("admin_file.only"));
            return;
        }
        String name = file.fileName() == null ? "" : file.fileName();
        if (!TableReader.importable(name)) {
            turn.say(turn.text(TableReader.isOldWorkbookName(name) ? "sheets_import.send_xlsx_not_xls"
                    : "sheets_import.not_a_table"));
            return;
        }
        if (file.fileSize() > MAX_BYTES) {
            turn.say(turn.text("admin_file.too_large", "limit", "1 MB"));
            return;
        }
        byte[] content;
        try {
            content = downloads.download(file.fileId(), MAX_BYTES);
        } catch (FileDownloads.TooLarge e) {
            turn.say(turn.text("admin_file.too_large", "limit", "1 MB"));
            return;
        } catch (FileDownloads.Failed e) {
            log.warn("Could not download {} sent by user {}: {}", name, turn.userId(), e.getMessage());
            turn.say(turn.text("admin_file.download_failed"));
            return;
        }
        FileImports.Result result = imports.importFile(content, name, Requester.of(turn.me().get()));
        switch (result.status()) {
            case IMPORTED -> turn.say(turn.text("admin_file.imported", "file", name,
                    "kind", kindName(turn, result.kind()), "added", result.added(), "updated", result.updated(),
                    "unchanged", result.unchanged()));
            case REJECTED -> turn.say(rejected(turn, name, result));
            case UNKNOWN_KIND -> turn.say(unknown(turn, result));
        }
    }

    private static String rejected(Turn turn, String name, FileImports.Result result) {
        List<String> lines = new ArrayList<>();
        lines.add(result.kind() == null
                ? turn.text("admin_file.rejected_unreadable", "file", name)
                : turn.text("admin_file.rejected", "file", name, "kind", kindName(turn, result.kind())));
        result.problems().stream().limit(MAX_PROBLEMS)
                .map(problem -> turn.text(problem.key(), problem.arguments()))
                .forEach(lines::add);
        if (result.problems().size() > MAX_PROBLEMS) {
            lines.add(turn.text("admin_file.more_problems", "count", result.problems().size() - MAX_PROBLEMS));
        }
        lines.add(turn.text("admin_file.fix_and_resend"));
        return String.join("\n", lines);
    }

    private static String unknown(Turn turn, FileImports.Result result) {
        List<String> lines = new ArrayList<>();
        lines.add(turn.text("admin_file.unknown_kind"));
        for (FileImports.Kind kind : FileImports.Kind.values()) {
            lines.add(turn.text("admin_file.expected", "kind", kindName(turn, kind),
                    "columns", String.join(",", kind.columns())));
        }
        lines.add(turn.text("admin_file.found", "columns",
                result.header().isEmpty() ? "-" : String.join(",", result.header())));
        return String.join("\n", lines);
    }

    private static String kindName(Turn turn, FileImports.Kind kind) {
        return turn.text("admin_file.kind_" + kind.name().toLowerCase(Locale.ROOT));
    }
}
