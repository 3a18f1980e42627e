package id.kinerja.e2e;

import org.springframework.test.context.TestPropertySource;

/**
 * The survey's end-to-end tests share one application context: a kantor camat with two services, a yearly
 * number of service users, and a low daily limit of survey starts.
 */
@TestPropertySource(properties = {
        "kinerja.survey.units[0].unit=Kantor Camat Uji",
        "kinerja.survey.units[0].yearly-users=1000",
        "kinerja.survey.units[0].services[0].key=ahli-waris",
        "kinerja.survey.units[0].services[0].name=Surat Keterangan Ahli Waris",
        "kinerja.survey.units[0].services[0].name-en=Certificate of heirs",
        "kinerja.survey.units[0].services[1].key=sktm",
        "kinerja.survey.units[0].services[1].name=Surat Keterangan Tidak Mampu",
        "kinerja.survey.units[0].services[1].name-en=Certificate of low income",
        "kinerja.survey.units[1].unit=Kelurahan Uji",
        "kinerja.survey.units[1].yearly-users=100",
        "kinerja.survey.units[2].unit=Kelurahan Lain",
        "kinerja.survey.units[2].yearly-users=500",
        "kinerja.survey.starts-per-day=5"})
abstract class SurveyEndToEndBase extends EndToEndTest {
}
