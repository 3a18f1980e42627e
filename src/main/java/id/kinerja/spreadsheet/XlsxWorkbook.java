package id.kinerja.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** A workbook of several sheets, each a {@link Table} written as {@link ExportFormat#XLSX} writes one. */
public final class XlsxWorkbook {

    private XlsxWorkbook() {}

    /** Writes the tables as sheets in this order (their names must differ once made valid); the stream is left open. */
    public static void write(List<Table> sheets, OutputStream out) throws IOException {
        if (sheets.isEmpty()) {
            throw new IllegalArgumentException("a workbook needs at least one sheet");
        }
        XlsxWriter.write(sheets, out);
    }
}
