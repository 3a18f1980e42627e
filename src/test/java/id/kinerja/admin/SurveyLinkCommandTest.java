package id.kinerja.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import id.kinerja.survey.SurveyLinks;
import id.kinerja.survey.SurveyPoster;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** survey-link and survey-links: the printed deep link, the poster's QR code, the file set and the refusals. */
@TestPropertySource(properties = {
        "kinerja.survey.units[0].unit=Kantor Camat Medan Marelan",
        "kinerja.survey.units[0].services[0].key=ahli-waris",
        "kinerja.survey.units[0].services[0].name=Surat Keterangan Ahli Waris",
        "kinerja.survey.units[0].services[1].key=sktm",
        "kinerja.survey.units[0].services[1].name=Surat Keterangan Tidak Mampu",
        "kinerja.survey.units[1].unit=Kelurahan Terjun",
        "kinerja.survey.units[1].services[0].key=domisili",
        "kinerja.survey.units[1].services[0].name=Surat Keterangan Domisili",
        "kinerja.survey.units[2].unit=" + SurveyLinkCommandTest.LONG_NAME,
        "kinerja.survey.units[2].services[0].key=rekomendasi-panjang",
        "kinerja.survey.units[2].services[0].name=" + SurveyLinkCommandTest.LONG_SERVICE})
class SurveyLinkCommandTest extends CliIntegrationTest {

    static final String LONG_NAME = "Unit Pelaksana Teknis Daerah Pusat Pelayanan Terpadu Satu Pintu Kecamatan "
            + "Medan Marelan Kota Medan Provinsi Sumatera Utara";
    static final String LONG_SERVICE = "Rekomendasi Izin Mendirikan Bangunan Gedung dan Persetujuan Bangunan "
            + "Gedung untuk Usaha Mikro Kecil dan Menengah di Wilayah Kecamatan";
    private static final String OFFICE = "Kantor Camat Medan Marelan";
    private static final String BOT = "KinerjaMarelanBot";

    @Autowired
    private SurveyLinks links;

    private long office;
    private long terjun;

    @BeforeEach
    void units() {
        office = unit(OFFICE, null);
        terjun = unit("Kelurahan Terjun", office);
        unit("Seksi Pelayanan Umum", office);
    }

    @Test
    void survey_link_writes_a_poster_whose_qr_code_reads_as_the_printed_link() throws Exception {
        Path poster = dir.resolve("ahli-waris.png");

        Run run = cli("survey-link", "--unit", "  " + OFFICE + " ", "--service", "ahli-waris", "--out",
                poster.toString(), "--bot-username", "@" + BOT);

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        String link = "https://t.me/" + BOT + "?start=" + links.payload(unit(office), "ahli-waris");
        assertThat(run.outLines()).containsExactly("Survei Kantor Camat Medan Marelan, layanan Surat Keterangan "
                + "Ahli Waris:", "Poster ditulis ke " + poster + ".", link);
        assertThat(link).matches("https://t\\.me/KinerjaMarelanBot\\?start=skm_" + office + "_ahli-waris_[0-9a-f]{16}");
        BufferedImage image = ImageIO.read(poster.toFile());
        assertThat(image.getWidth()).isEqualTo(SurveyPoster.WIDTH);
        assertThat(image.getHeight()).isEqualTo(SurveyPoster.HEIGHT);
        assertThat(decode(image)).isEqualTo(link);
        assertThat(files()).as("no temporary file is left").containsExactly("ahli-waris.png");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(java.nio.file.Files.getPosixFilePermissions(poster)))
                .as("a poster is for printing: readable by all").isEqualTo("rw-r--r--");
        String payload = link.substring(link.indexOf("start=") + 6);
        SurveyLinks.Target target = links.parse(payload).orElseThrow();
        assertThat(target.unit().name()).isEqualTo(OFFICE);
        assertThat(target.service().orElseThrow().key()).isEqualTo("ahli-waris");
    }

    @Test
    void survey_link_without_out_prints_the_unit_link_last_and_writes_nothing() throws Exception {
        Run run = cli("survey-link", "--unit", "Kelurahan Terjun", "--bot-username", BOT);

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.outLines()).containsExactly("Survei Kelurahan Terjun:",
                "https://t.me/" + BOT + "?start=" + links.payload(unit(terjun), null));
        assertThat(files()).isEmpty();
    }

    @Test
    void survey_link_replaces_an_existing_poster() throws Exception {
        Path poster = dir.resolve("terjun.png");
        Files.writeString(poster, "old");

        Run run = cli("survey-link", "--unit", "Kelurahan Terjun", "--out", poster.toString(), "--bot-username", BOT);

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(decode(ImageIO.read(poster.toFile()))).isEqualTo(run.outLines().get(run.outLines().size() - 1));
        assertThat(files()).containsExactly("terjun.png");
    }

    @Test
    void a_long_unit_and_service_name_wrap_and_the_code_still_reads() throws Exception {
        long id = unit(LONG_NAME, office);
        Path poster = dir.resolve("long.png");

        Run run = cli("survey-link", "--unit", LONG_NAME, "--service", "rekomendasi-panjang", "--out",
                poster.toString(), "--bot-username", BOT);

        assertThat(run.exit()).as(run.err()).isZero();
        String link = "https://t.me/" + BOT + "?start=" + links.payload(unit(id), "rekomendasi-panjang");
        assertThat(run.outLines().get(run.outLines().size() - 1)).isEqualTo(link);
        assertThat(decode(ImageIO.read(poster.toFile()))).isEqualTo(link);
    }

    @Test
    void an_unknown_unit_is_refused_naming_the_units() {
        Run run = cli("survey-link", "--unit", "Kantor Lurah", "--bot-username", BOT);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly("Tidak ada unit bernama \"Kantor Lurah\" (unit yang ada: Kantor Camat Medan "
                + "Marelan, Kelurahan Terjun, Seksi Pelayanan Umum).");
    }

    @Test
    void a_service_the_unit_does_not_offer_is_refused_naming_its_services() throws Exception {
        Run other = cli("survey-link", "--unit", OFFICE, "--service", "domisili", "--out",
                dir.resolve("x.png").toString(), "--bot-username", BOT);
        Run none = cli("survey-link", "--unit", "Seksi Pelayanan Umum", "--service", "domisili", "--bot-username", BOT);

        assertThat(other.exit()).isEqualTo(1);
        assertThat(other.out()).isEmpty();
        assertThat(other.errLines()).containsExactly(
                "Unit \"Kantor Camat Medan Marelan\" tidak punya layanan \"domisili\" (layanannya: ahli-waris, sktm).");
        assertThat(none.exit()).isEqualTo(1);
        assertThat(none.errLines()).containsExactly("Unit \"Seksi Pelayanan Umum\" tidak punya layanan \"domisili\" "
                + "(belum ada layanan yang diatur untuknya di kinerja.survey.units).");
        assertThat(files()).isEmpty();
    }

    @Test
    void without_the_bots_username_there_is_no_link_and_no_poster() throws Exception {
        Run run = cli("survey-link", "--unit", OFFICE, "--out", dir.resolve("x.png").toString());
        Run all = cli("survey-links", "--all", "--out", dir.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly("Nama pengguna bot tidak diketahui, jadi tidak ada tautan langsung untuk dicetak atau dijadikan kode QR; berikan --bot-username atau isi TELEGRAM_BOT_USERNAME.");
        assertThat(all.exit()).isEqualTo(1);
        assertThat(all.errLines()).containsExactly("Nama pengguna bot tidak diketahui, jadi tidak ada tautan langsung untuk dicetak atau dijadikan kode QR; berikan --bot-username atau isi TELEGRAM_BOT_USERNAME.");
        assertThat(files()).isEmpty();
    }

    @Test
    void a_poster_into_a_missing_folder_is_refused() {
        Path missing = dir.resolve("no-such-folder").resolve("x.png");

        Run run = cli("survey-link", "--unit", OFFICE, "--out", missing.toString(), "--bot-username", BOT);
        Run all = cli("survey-links", "--all", "--out", dir.resolve("no-such-folder").toString(), "--bot-username", BOT);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly("Folder untuk " + missing + " tidak ada.");
        assertThat(all.exit()).isEqualTo(1);
        assertThat(all.out()).isEmpty();
        assertThat(all.errLines()).containsExactly("Folder " + dir.resolve("no-such-folder") + " tidak ada.");
        Run folder = cli("survey-link", "--unit", OFFICE, "--out", dir.toString(), "--bot-username", BOT);
        assertThat(folder.exit()).isEqualTo(1);
        assertThat(folder.errLines()).containsExactly(dir + " adalah folder; --out memerlukan nama berkas poster "
                + "(survey-links --all menulis satu folder poster).");
    }

    @Test
    void survey_link_needs_a_unit_and_survey_links_needs_all_and_a_folder() {
        assertThat(cli("survey-link", "--bot-username", BOT).exit()).isEqualTo(2);
        assertThat(cli("survey-links", "--out", dir.toString(), "--bot-username", BOT).exit()).isEqualTo(2);
        assertThat(cli("survey-links", "--all", "--bot-username", BOT).exit()).isEqualTo(2);
    }

    @Test
    void survey_links_writes_one_poster_per_unit_and_service_each_reading_as_its_printed_link() throws Exception {
        Path out = Files.createDirectory(dir.resolve("posters"));

        Run run = cli("survey-links", "--all", "--out", out.toString(), "--bot-username", BOT);

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        String prefix = "https://t.me/" + BOT + "?start=";
        long seksi = unitId("Seksi Pelayanan Umum");
        assertThat(run.outLines()).containsExactly(
                out.resolve("kantor-camat-medan-marelan.png") + "\t" + prefix + links.payload(unit(office), null),
                out.resolve("kantor-camat-medan-marelan--ahli-waris.png") + "\t" + prefix
                        + links.payload(unit(office), "ahli-waris"),
                out.resolve("kantor-camat-medan-marelan--sktm.png") + "\t" + prefix
                        + links.payload(unit(office), "sktm"),
                out.resolve("kelurahan-terjun.png") + "\t" + prefix + links.payload(unit(terjun), null),
                out.resolve("kelurahan-terjun--domisili.png") + "\t" + prefix
                        + links.payload(unit(terjun), "domisili"),
                out.resolve("seksi-pelayanan-umum.png") + "\t" + prefix + links.payload(unit(seksi), null),
                "6 poster survei ditulis ke " + out + " (3 unit, 3 layanan).");
        try (Stream<Path> written = Files.list(out)) {
            assertThat(written.map(p -> p.getFileName().toString()).sorted()).containsExactly(
                    "kantor-camat-medan-marelan--ahli-waris.png", "kantor-camat-medan-marelan--sktm.png",
                    "kantor-camat-medan-marelan.png", "kelurahan-terjun--domisili.png", "kelurahan-terjun.png",
                    "seksi-pelayanan-umum.png");
        }
        for (String line : run.outLines().subList(0, 6)) {
            String[] fileAndLink = line.split("\t");
            assertThat(decode(ImageIO.read(Path.of(fileAndLink[0]).toFile()))).as(fileAndLink[0])
                    .isEqualTo(fileAndLink[1]);
        }
    }

    @Test
    void file_names_are_slugs_of_the_unit_name() {
        assertThat(SurveyPosterFiles.slug("Kantor Camat Medan Marelan")).isEqualTo("kantor-camat-medan-marelan");
        assertThat(SurveyPosterFiles.slug(" Kelurahan  Tanah Enam Ratus / Blok-C ")).isEqualTo(
                "kelurahan-tanah-enam-ratus-blok-c");
        assertThat(SurveyPosterFiles.slug("Seksi Kesejahteraan Sosial (Kesos) — Pemberdayaan")).isEqualTo(
                "seksi-kesejahteraan-sosial-kesos-pemberdayaan");
        assertThat(SurveyPosterFiles.slug("Bagian Kerja Sama Daérah")).isEqualTo("bagian-kerja-sama-daerah");
        assertThat(SurveyPosterFiles.slug("../..")).isEmpty();
    }

    private long unit(String name, Long parent) {
        return jdbc.sql("insert into unit (name, parent_id) values (?, ?) returning id").params(name, parent)
                .query(Long.class).single();
    }

    private long unitId(String name) {
        return jdbc.sql("select id from unit where name = ?").param(name).query(Long.class).single();
    }

    private id.kinerja.employee.Unit unit(long id) {
        return jdbc.sql("select id, name, parent_id from unit where id = ?").param(id)
                .query((rs, n) -> new id.kinerja.employee.Unit(rs.getLong("id"), rs.getString("name"),
                        (Long) rs.getObject("parent_id"))).single();
    }

    private List<String> files() throws IOException {
        try (Stream<Path> listed = Files.list(dir)) {
            return listed.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static String decode(BufferedImage image) throws Exception {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }
}
