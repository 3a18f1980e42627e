package id.kinerja.demo;

import id.kinerja.spreadsheet.CsvTable;
import id.kinerja.demo.DemoPeople.Person;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Indicators and evaluations of the demo office as import tables: two closed months with
 * realisations and evaluations, and an open month with targets only.
 */
final class DemoAppraisals {

    record Period(String code, String start, String end, String due, boolean closed) {}

    static final List<Period> PERIODS = List.of(
            new Period("2026-09", "2026-09-01", "2026-09-30", "2026-10-07", true),
            new Period("2026-10", "2026-10-01", "2026-10-31", "2026-11-06", true),
            new Period("2026-11", "2026-11-01", "2026-11-30", "2026-12-07", false));

    private record Indicator(String name, String target, String unit, String direction) {}

    private static final String UP = "HIGHER_IS_BETTER";
    private static final String DOWN = "LOWER_IS_BETTER";

    private static final Map<String, List<Indicator>> INDICATORS = Map.of(
            "camat", List.of(new Indicator("Capaian program kerja kecamatan", "100", "%", UP),
                    new Indicator("Indeks kepuasan masyarakat", "85", "indeks", UP),
                    new Indicator("Waktu penyelesaian pengaduan", "5", "hari", DOWN)),
            "sekcam", List.of(new Indicator("Dokumen perencanaan dan pelaporan tepat waktu", "12", "dokumen", UP),
                    new Indicator("Realisasi anggaran kecamatan", "95", "%", UP)),
            "umum", List.of(new Indicator("Berkas kepegawaian diproses", "40", "berkas", UP),
                    new Indicator("Waktu penyelesaian usulan kenaikan pangkat", "10", "hari", DOWN)),
            "keuangan", List.of(new Indicator("Laporan keuangan tepat waktu", "4", "laporan", UP),
                    new Indicator("Realisasi anggaran", "90", "%", UP)),
            "pemerintahan", List.of(new Indicator("Surat keterangan diterbitkan", "60", "surat", UP),
                    new Indicator("Data kependudukan dimutakhirkan", "200", "data", UP)),
            "pelayanan", List.of(new Indicator("Dokumen pelayanan diproses", "150", "dokumen", UP),
                    new Indicator("Waktu penyelesaian pengaduan", "3", "hari", DOWN),
                    new Indicator("Indeks kepuasan layanan PATEN", "85", "indeks", UP)),
            "trantib", List.of(new Indicator("Patroli ketertiban umum", "20", "kegiatan", UP),
                    new Indicator("Waktu tanggap laporan gangguan ketertiban", "2", "hari", DOWN)),
            "pemberdayaan", List.of(new Indicator("Kegiatan pemberdayaan difasilitasi", "8", "kegiatan", UP),
                    new Indicator("Laporan musyawarah kelurahan", "5", "laporan", UP)),
            "kelurahan", List.of(new Indicator("Surat pengantar diterbitkan", "80", "surat", UP),
                    new Indicator("Waktu penyelesaian pengaduan", "3", "hari", DOWN)));

    private static final double[] ACHIEVEMENT = {0.85, 0.95, 1.0, 1.05, 1.1, 1.2, 0.7};

    private record Evaluation(String workResult, String behaviour, String feedback) {}

    private static final List<Evaluation> EVALUATIONS = List.of(
            new Evaluation("MEETS", "MEETS", "Target bulan ini tercapai dengan baik. Pertahankan ketepatan waktu "
                    + "dan koordinasi dengan rekan satu unit."),
            new Evaluation("MEETS", "ABOVE", "Hasil kerja sesuai target. Sikap pelayanan dan kerja sama tim sangat "
                    + "baik, menjadi contoh bagi rekan lain."),
            new Evaluation("ABOVE", "MEETS", "Capaian melampaui target, terutama penyelesaian berkas. Tingkatkan "
                    + "dokumentasi kegiatan agar mudah ditelusuri."),
            new Evaluation("MEETS", "MEETS", "Pekerjaan rutin selesai tepat waktu. Coba ambil peran lebih aktif "
                    + "dalam rapat koordinasi."),
            new Evaluation("ABOVE", "ABOVE", "Kinerja sangat baik: target terlampaui dan pelayanan kepada masyarakat "
                    + "ramah serta tuntas. Terima kasih."),
            new Evaluation("MEETS", "MEETS", "Sesuai ekspektasi. Laporan kegiatan sebaiknya dikirim paling lambat "
                    + "tanggal 5 bulan berikutnya."),
            new Evaluation("BELOW", "MEETS", "Beberapa target belum tercapai karena berkas menumpuk di akhir bulan. "
                    + "Mari susun jadwal kerja mingguan dan laporkan kendala lebih awal."),
            new Evaluation("MEETS", "MEETS", "Kerja sama dengan kelurahan berjalan baik. Pertahankan."),
            new Evaluation("ABOVE", "MEETS", "Pengaduan warga ditangani cepat dan tuntas. Bagikan cara kerjanya "
                    + "kepada rekan satu unit."),
            new Evaluation("MEETS", "BELOW", "Target tercapai, namun ketepatan waktu masuk kantor dan kehadiran apel "
                    + "perlu diperbaiki. Kita bahas dalam dialog kinerja minggu depan."));

    private DemoAppraisals() {}

    static CsvTable indicators() {
        List<List<String>> rows = new ArrayList<>();
        for (int p = 0; p < PERIODS.size(); p++) {
            Period period = PERIODS.get(p);
            for (Person person : DemoPeople.ALL) {
                List<Indicator> indicators = INDICATORS.get(person.kind());
                for (int k = 0; k < indicators.size(); k++) {
                    Indicator indicator = indicators.get(k);
                    String realisation = period.closed()
                            ? realisation(indicator, ACHIEVEMENT[(person.index() + 3 * p + k) % ACHIEVEMENT.length])
                            : "";
                    rows.add(List.of(person.nip(), period.code(), indicator.name(), indicator.target(),
                            indicator.unit(), realisation, indicator.direction(), k == 0 ? "2" : ""));
                }
            }
        }
        return CsvTable.of(List.of("nip", "period", "indicator", "target", "unit", "realisation", "direction",
                "weight"), rows);
    }

    /** Evaluations of the closed periods, for everyone but the Camat and one in nine employees. */
    static CsvTable evaluations() {
        List<List<String>> rows = new ArrayList<>();
        for (int p = 0; p < PERIODS.size(); p++) {
            if (!PERIODS.get(p).closed()) {
                continue;
            }
            for (Person person : DemoPeople.ALL) {
                if (person.supervisor() == 0 || (person.index() + p) % 9 == 0) {
                    continue;
                }
                Evaluation evaluation = EVALUATIONS.get((person.index() * 3 + p * 7) % EVALUATIONS.size());
                rows.add(List.of(person.nip(), PERIODS.get(p).code(), evaluation.workResult(), evaluation.behaviour(),
                        evaluation.feedback()));
            }
        }
        return CsvTable.of(List.of("nip", "period", "work_result", "behaviour", "feedback"), rows);
    }

    private static String realisation(Indicator indicator, double achievement) {
        BigDecimal target = new BigDecimal(indicator.target());
        BigDecimal factor = BigDecimal.valueOf(achievement);
        BigDecimal value = indicator.direction().equals(DOWN)
                ? target.divide(factor, 1, RoundingMode.HALF_UP)
                : target.multiply(factor).setScale(1, RoundingMode.HALF_UP);
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
