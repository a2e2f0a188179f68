package id.pandudesa.regulasi.internal;

import id.pandudesa.akun.PenggunaSaatIni;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** The register's steps for the demo data (profile {@code demo}), through the one service. */
@Component
public class DemoLangkahRegulasi {

    private final RegulasiService service;
    private final DasarHukumService dasarHukum;

    DemoLangkahRegulasi(RegulasiService service, DasarHukumService dasarHukum) {
        this.service = service;
        this.dasarHukum = dasarHukum;
    }

    /** The regulation becomes the legal basis of the village's APBDes of that year. */
    public void dasarApbdes(String kodeDesa, int tahun, long produkHukumId, PenggunaSaatIni pemdes) {
        dasarHukum.tautkan(
                id.pandudesa.regulasi.RegulasiApi.Pokok.APBDES, kodeDesa, String.valueOf(tahun), produkHukumId, pemdes);
    }

    public long perdesLengkap(
            String kodeDesa,
            String judul,
            String uraian,
            long musyawarahId,
            LocalDate sepakat,
            LocalDate tetap,
            String nomor,
            String lembaran,
            byte[] teks,
            PenggunaSaatIni pemdes,
            PenggunaSaatIni camat) {
        long id = service.buat(kodeDesa, "PERDES", judul, uraian, true, null, null, pemdes)
                .id();
        service.langkah(id, null, "bahas", new RegulasiService.Langkah(musyawarahId, null, null, null, null), pemdes);
        service.langkah(id, null, "sepakati", new RegulasiService.Langkah(null, sepakat, null, null, null), pemdes);
        service.langkah(
                id,
                null,
                "ajukanEvaluasi",
                new RegulasiService.Langkah(
                        null, sepakat.plusDays(1), "140/" + nomor + "/" + sepakat.getYear(), null, null),
                pemdes);
        service.langkah(
                id,
                null,
                "evaluasi",
                new RegulasiService.Langkah(null, null, null, true, "Sesuai dengan RKP Desa dan pagu indikatif."),
                camat);
        service.unggahTeks(id, teks, "perdes.pdf", "naskah yang disepakati", pemdes);
        service.langkah(id, null, "tetapkan", new RegulasiService.Langkah(null, tetap, nomor, null, null), pemdes);
        service.langkah(id, null, "undangkan", new RegulasiService.Langkah(null, tetap, lembaran, null, null), pemdes);
        return id;
    }

    public void rancanganDenganKomentar(
            String kodeDesa,
            String judul,
            String uraian,
            String komentar,
            PenggunaSaatIni pemdes,
            PenggunaSaatIni pendamping) {
        long id = service.buat(kodeDesa, "PERKADES", judul, uraian, false, null, null, pemdes)
                .id();
        service.komentari(id, komentar, pendamping);
    }
}
