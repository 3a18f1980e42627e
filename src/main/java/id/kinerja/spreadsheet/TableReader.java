package id.kinerja.spreadsheet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads an import file as a table, whatever it was saved as: an XLSX workbook (its first sheet, {@link XlsxReader})
 * when its content is a ZIP, otherwise CSV ({@link CsvReader}). Both give the same {@link CsvTable}, numbered by
 * line or sheet row, so that every import validates one way. A file named {@code .xlsx} that is not a workbook, and
 * an old {@code .xls} or password-protected workbook, are refused with a problem saying how to save it instead.
 */
public final class TableReader {

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    /** The Compound File header of an .xls workbook, and of an encrypted .xlsx. */
    private static final byte[] COMPOUND_FILE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private TableReader() {}

    /** Reads a file of the command line; problems name it as given. */
    public static CsvTable read(Path file, CsvProblems problems) {
        byte[] bytes;
        try {
            if (Files.size(file) > CsvReader.MAX_FILE_BYTES) {
                problems.add(0, "problems.file_too_large", "file", file, "max", maxMegabytes());
                return CsvTable.EMPTY;
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            problems.add(0, "problems.file_not_found", "file", file);
            return CsvTable.EMPTY;
        } catch (IOException e) {
            problems.add(0, "problems.file_unreadable", "file", file, "reason", e.getMessage());
            return CsvTable.EMPTY;
        }
        return read(bytes, file.toString(), problems);
    }

    /** Reads a file's bytes, e.g. a document sent to the bot; {@code fileName} is its name, for the problems. */
    public static CsvTable read(byte[] content, String fileName, CsvProblems problems) {
        if (content.length > CsvReader.MAX_FILE_BYTES) {
            problems.add(0, "problems.file_too_large", "file", fileName, "max", maxMegabytes());
            return CsvTable.EMPTY;
        }
        if (startsWith(content, ZIP)) {
            return XlsxReader.read(content, fileName, problems);
        }
        if (startsWith(content, COMPOUND_FILE)) {
            problems.add(0, "sheets_import.old_workbook", "file", fileName);
            return CsvTable.EMPTY;
        }
        if (isWorkbookName(fileName)) {
            problems.add(0, "sheets_import.not_a_workbook", "file", fileName);
            return CsvTable.EMPTY;
        }
        return CsvReader.read(content, problems);
    }

    /** Whether a file of this name can be imported: {@code .csv} or {@code .xlsx}, in any case. */
    public static boolean importable(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") || name.endsWith(".xlsx");
    }

    /** Whether the name is an old Excel workbook's ({@code .xls}), which must be saved as .xlsx or CSV first. */
    public static boolean isOldWorkbookName(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".xls");
    }

    private static boolean isWorkbookName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".xlsx") || name.endsWith(".xlsm") || name.endsWith(".xls");
    }

    private static String maxMegabytes() {
        return CsvReader.MAX_FILE_BYTES / (1024 * 1024) + " MB";
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
