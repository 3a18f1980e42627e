package id.kinerja.appraisal;

import id.kinerja.employee.AdminScope;
import id.kinerja.spreadsheet.Table;
import id.kinerja.text.Language;
import java.util.List;

/**
 * Another module's sheets in the recap workbook of a period (coaching, development hours, objections): a module
 * that follows the appraisal up contributes a bean of this type and {@link RecapExport} appends its sheets after
 * the recap's own, in the bean order. People read the workbook, so headers and codes are labels in the reader's
 * language. The CSV recap has none of them: it stays the format {@code import-evaluations} reads back. The sheets
 * hold only the people inside the HR reader's {@link AdminScope}, as the recap does.
 */
public interface RecapSheets {

    /**
     * The sheets about {@code period} (names unique in the workbook), each possibly without rows, with a row only for
     * someone {@code scope} covers.
     */
    List<Table> sheets(Period period, AdminScope scope, Language language);

    /** The sheets about {@code period} for the whole organisation. */
    default List<Table> sheets(Period period, Language language) {
        return sheets(period, AdminScope.whole(), language);
    }
}
