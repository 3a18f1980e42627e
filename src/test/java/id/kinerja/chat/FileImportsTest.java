package id.kinerja.chat;

import static org.assertj.core.api.Assertions.assertThat;
import id.kinerja.spreadsheet.CsvReader;
import id.kinerja.spreadsheet.CsvTable;
import id.kinerja.chat.FileImports.Kind;
import id.kinerja.spreadsheet.ValidationReport;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;


class FileImportsTest {

    private static Optional<Kind> kindOf(String csvHeader) {
        ValidationReport report = new ValidationReport();
        CsvTable table = CsvReader.parse(csvHeader + "\n", report::add);
        assertThat(report.isEmpty()).as(report.toString()).isTrue();
        return FileImports.detect(table.header());
    }

    @Test
    void each_kind_is_told_by_its_required_columns_in_any_order_case_and_separator() {
        assertThat(kindOf("nip,name,position,unit,supervisor_nip")).contains(Kind.ROSTER);
        assertThat(kindOf("NIP;Name;Position;Unit;Supervisor_NIP;role;status;parent_unit")).contains(Kind.ROSTER);
        assertThat(kindOf("nip,period,indicator,target,unit,realisation,direction,weight")).contains(Kind.INDICATORS);
        assertThat(kindOf("direction,unit,target,indicator,period,nip")).contains(Kind.INDICATORS);
        assertThat(kindOf("nip,period,work_result,behaviour,feedback")).contains(Kind.EVALUATIONS);
    }

    @Test
    void an_incomplete_header_with_telling_columns_goes_to_that_import_which_names_what_is_missing() {
        assertThat(kindOf("nip,name,position,unit")).contains(Kind.ROSTER);
        assertThat(kindOf("nip,period,indicator,target")).contains(Kind.INDICATORS);
        assertThat(kindOf("nip,work_result")).contains(Kind.EVALUATIONS);
    }

    @Test
    void a_header_of_no_kind_or_of_two_kinds_is_unknown() {
        assertThat(kindOf("nama,jabatan,golongan")).isEmpty();
        assertThat(kindOf("nip,name,unit")).isEmpty();
        assertThat(kindOf("nip,period,indicator,work_result")).isEmpty();
        assertThat(kindOf("nip,name,position,unit,supervisor_nip,period,work_result,behaviour")).isEmpty();
        assertThat(FileImports.detect(List.of())).isEmpty();
    }
}
