package id.kinerja.demo;

import id.kinerja.spreadsheet.CsvTable;
import id.kinerja.employee.Nip;
import id.kinerja.spreadsheet.CsvTable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The fictional staff of Kecamatan Medan Marelan (Kota Medan): the kecamatan office, its subbagian
 * and seksi, and five kelurahan offices with their real names. People and NIPs are invented; NIPs are
 * generated deterministically and are valid PNS numbers (docs/DOMAIN.md §4).
 */
public final class DemoPeople {

    public static final String OFFICE = "Kantor Camat Medan Marelan";

    /** {@code kind} picks the indicator set; {@code supervisor} is a 1-based index into the list, 0 for none. */
    public record Person(int index, String name, String position, String unit, String kind, int supervisor, boolean female,
            boolean admin) {

        public String nip() {
            return nipOf(index, female);
        }
    }

    static final List<Person> ALL = List.of(
            p(1, "Rahmat Hidayat Siregar, S.STP, M.Si", "Camat", OFFICE, "camat", 0, false),
            p(2, "Dra. Nurhayati Lubis, M.AP", "Sekretaris Camat", OFFICE, "sekcam", 1, true),
            p(3, "Ahmad Syahputra Nasution, S.Sos", "Kepala Subbagian Umum dan Kepegawaian", "Subbagian Umum dan Kepegawaian", "umum", 2, false),
            new Person(4, "Siti Aminah Harahap, S.Psi", "Analis Sumber Daya Manusia Aparatur", "Subbagian Umum dan Kepegawaian", "umum", 3, true, true),
            p(5, "Budi Santoso", "Pengadministrasi Umum", "Subbagian Umum dan Kepegawaian", "umum", 3, false),
            p(6, "Dewi Rahmawati Pane, A.Md", "Pengelola Kepegawaian", "Subbagian Umum dan Kepegawaian", "umum", 3, true),
            p(7, "Hendra Gunawan Sitorus, S.E.", "Kepala Subbagian Program dan Keuangan", "Subbagian Program dan Keuangan", "keuangan", 2, false),
            p(8, "Rina Marlina Tanjung, S.Ak", "Bendahara Pengeluaran", "Subbagian Program dan Keuangan", "keuangan", 7, true),
            p(9, "Fauzan Azhima Daulay, S.E.", "Analis Perencanaan", "Subbagian Program dan Keuangan", "keuangan", 7, false),
            p(10, "Muhammad Iqbal Batubara, S.H.", "Kepala Seksi Pemerintahan", "Seksi Pemerintahan", "pemerintahan", 2, false),
            p(11, "Yusnita Br Ginting", "Pengadministrasi Pemerintahan", "Seksi Pemerintahan", "pemerintahan", 10, true),
            p(12, "Irwansyah Putra Hasibuan", "Pengolah Data Kependudukan", "Seksi Pemerintahan", "pemerintahan", 10, false),
            p(13, "Sri Wahyuni, S.IP", "Analis Kebijakan", "Seksi Pemerintahan", "pemerintahan", 10, true),
            p(14, "Erwin Saragih, S.Sos", "Kepala Seksi Pelayanan Umum", "Seksi Pelayanan Umum", "pelayanan", 2, false),
            p(15, "Nur Aisyah Rangkuti", "Pengadministrasi Pelayanan", "Seksi Pelayanan Umum", "pelayanan", 14, true),
            p(16, "Andi Pratama Sembiring", "Petugas Pelayanan Administrasi Terpadu", "Seksi Pelayanan Umum", "pelayanan", 14, false),
            p(17, "Maya Sari Simanjuntak, S.Kom", "Pranata Komputer", "Seksi Pelayanan Umum", "pelayanan", 14, true),
            p(18, "Zulkifli Matondang", "Pengelola Pengaduan Masyarakat", "Seksi Pelayanan Umum", "pelayanan", 14, false),
            p(19, "Roy Martin Sinaga, S.H.", "Kepala Seksi Ketenteraman dan Ketertiban Umum", "Seksi Ketenteraman dan Ketertiban Umum", "trantib", 2, false),
            p(20, "Joko Susilo", "Pengadministrasi Ketenteraman dan Ketertiban", "Seksi Ketenteraman dan Ketertiban Umum", "trantib", 19, false),
            p(21, "Rudi Hartono Pasaribu", "Polisi Pamong Praja", "Seksi Ketenteraman dan Ketertiban Umum", "trantib", 19, false),
            p(22, "Lestari Handayani Purba, S.Sos", "Kepala Seksi Pemberdayaan Masyarakat", "Seksi Pemberdayaan Masyarakat", "pemberdayaan", 2, true),
            p(23, "Agus Salim Nasution", "Fasilitator Pemberdayaan Masyarakat", "Seksi Pemberdayaan Masyarakat", "pemberdayaan", 22, false),
            p(24, "Fitri Yanti Lubis", "Pengadministrasi Kemasyarakatan", "Seksi Pemberdayaan Masyarakat", "pemberdayaan", 22, true),
            p(25, "Taufik Hidayat Tarigan", "Pengelola Data Sosial", "Seksi Pemberdayaan Masyarakat", "pemberdayaan", 22, false),
            p(26, "Syahrial Effendi Pulungan, S.STP", "Lurah Labuhan Deli", "Kelurahan Labuhan Deli", "kelurahan", 2, false),
            p(27, "Wulan Dari Siregar", "Sekretaris Kelurahan", "Kelurahan Labuhan Deli", "kelurahan", 26, true),
            p(28, "Ilham Maulana", "Pengadministrasi Kelurahan", "Kelurahan Labuhan Deli", "kelurahan", 26, false),
            p(29, "Hj. Masitah Nasution, S.Sos", "Lurah Rengas Pulau", "Kelurahan Rengas Pulau", "kelurahan", 2, true),
            p(30, "Dedi Kurniawan Lubis", "Sekretaris Kelurahan", "Kelurahan Rengas Pulau", "kelurahan", 29, false),
            p(31, "Ratna Juwita Sari", "Pengadministrasi Kelurahan", "Kelurahan Rengas Pulau", "kelurahan", 29, true),
            p(32, "Bambang Sutrisno, S.AP", "Lurah Terjun", "Kelurahan Terjun", "kelurahan", 2, false),
            p(33, "Eka Putri Sinaga", "Sekretaris Kelurahan", "Kelurahan Terjun", "kelurahan", 32, true),
            p(34, "Ridwan Harahap", "Pengadministrasi Kelurahan", "Kelurahan Terjun", "kelurahan", 32, false),
            p(35, "Khairul Anwar Damanik, S.Sos", "Lurah Tanah Enam Ratus", "Kelurahan Tanah Enam Ratus", "kelurahan", 2, false),
            p(36, "Nurul Hidayah", "Sekretaris Kelurahan", "Kelurahan Tanah Enam Ratus", "kelurahan", 35, true),
            p(37, "Hotman Parulian Manurung", "Pengadministrasi Kelurahan", "Kelurahan Tanah Enam Ratus", "kelurahan", 35, false),
            p(38, "Sri Rezeki Ritonga, S.IP", "Lurah Paya Pasir", "Kelurahan Paya Pasir", "kelurahan", 2, true),
            p(39, "Arif Rahman Hakim", "Sekretaris Kelurahan", "Kelurahan Paya Pasir", "kelurahan", 38, false),
            p(40, "Melati Suryani Sitompul", "Pengadministrasi Kelurahan", "Kelurahan Paya Pasir", "kelurahan", 38, true));

    public static final int CAMAT = 1;
    public static final int SECTION_HEAD = 14;
    public static final int STAFF = 16;
    public static final int HR_ADMIN = 4;

    private DemoPeople() {}

    public static Person get(int index) {
        return ALL.get(index - 1);
    }

    /** Born 1966–1995, appointed CPNS 22–27 years later, sequence 001–004: valid and, for 1..59, unique. */
    static String nipOf(int index, boolean female) {
        int birthYear = 1966 + (index * 7) % 30;
        int birthMonth = 1 + (index * 5) % 12;
        int birthDay = 1 + (index * 11) % 28;
        int appointedYear = birthYear + 22 + index % 6;
        int appointedMonth = 1 + (index * 3) % 12;
        return String.format("%04d%02d%02d%04d%02d%d%03d", birthYear, birthMonth, birthDay, appointedYear,
                appointedMonth, female ? 2 : 1, 1 + index % 4);
    }

    /** The roster as an import table (header and rows as a roster file would have them). */
    static CsvTable roster() {
        Set<String> nips = new HashSet<>();
        List<List<String>> rows = new ArrayList<>();
        for (Person person : ALL) {
            String nip = person.nip();
            Nip.problemWith(nip, Nip.Kind.PNS).ifPresent(problem -> {
                throw new IllegalStateException("demo NIP " + nip + ": " + problem);
            });
            if (!nips.add(nip)) {
                throw new IllegalStateException("demo NIP " + nip + " is not unique");
            }
            rows.add(List.of(nip, person.name(), person.position(), person.unit(),
                    person.supervisor() == 0 ? "" : get(person.supervisor()).nip(),
                    person.admin() ? "HR" : "", "PNS", person.unit().equals(OFFICE) ? "" : OFFICE));
        }
        return CsvTable.of(List.of("nip", "name", "position", "unit", "supervisor_nip", "role", "status", "parent_unit"),
                rows);
    }

    private static Person p(int index, String name, String position, String unit, String kind, int supervisor,
            boolean female) {
        return new Person(index, name, position, unit, kind, supervisor, female, false);
    }
}
