package id.pandudesa.regulasi.internal.demo;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.musyawarah.MusyawarahApi;
import id.pandudesa.platform.pdf.PdfBuilder;
import id.pandudesa.platform.profil.LangkahDemo;
import id.pandudesa.regulasi.internal.DemoLangkahRegulasi;
import java.time.LocalDate;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo data (profile {@code demo}): Cukir's APB Desa regulation of this year through every step —
 * discussed in its latest musyawarah, agreed, evaluated by the Camat, adopted and promulgated —
 * and a Perkades still a draft, with a facilitator's comment.
 */
@Component
@Order(99)
class DemoRegulasi extends LangkahDemo {

    private static final Logger log = LoggerFactory.getLogger(DemoRegulasi.class);

    private final DemoLangkahRegulasi langkah;
    private final AkunApi akun;
    private final MusyawarahApi musyawarah;
    private final JdbcClient jdbc;

    DemoRegulasi(DemoLangkahRegulasi langkah, AkunApi akun, MusyawarahApi musyawarah, JdbcClient jdbc) {
        this.langkah = langkah;
        this.akun = akun;
        this.musyawarah = musyawarah;
        this.jdbc = jdbc;
    }

    @Override
    protected void jalankan() {
        long present = jdbc.sql("SELECT COUNT(*) FROM produk_hukum WHERE kode_desa = '3517082007'")
                .query(Long.class)
                .single();
        PenggunaSaatIni pemdes = akun.profil("pemdes.cukir").orElse(null);
        PenggunaSaatIni camat = akun.profil("camat.diwek").orElse(null);
        PenggunaSaatIni mitra = akun.profil("mitra.diwek").orElse(null);
        if (present > 0 || pemdes == null || camat == null || mitra == null) {
            return;
        }
        var meetings = musyawarah.terbaru("3517082007", 1, pemdes);
        if (meetings.isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        int year = today.getYear();
        byte[] text = PdfBuilder.a4()
                .judul("PERATURAN DESA CUKIR NOMOR 2 TAHUN " + year)
                .paragraf("TENTANG ANGGARAN PENDAPATAN DAN BELANJA DESA TAHUN ANGGARAN " + year)
                .paragraf(
                        "Dengan persetujuan bersama Badan Permusyawaratan Desa Cukir dan Kepala Desa Cukir, MEMUTUSKAN:"
                                + " menetapkan Peraturan Desa tentang APB Desa Tahun Anggaran " + year + ".")
                .toBytes();
        long apb = langkah.perdesLengkap(
                "3517082007",
                "Anggaran Pendapatan dan Belanja Desa Tahun Anggaran " + year,
                "Pendapatan, belanja per bidang dan pembiayaan desa tahun " + year + ", hasil Musdes APBDes.",
                meetings.getFirst().id(),
                today.minusDays(20),
                today.minusDays(10),
                "2",
                "Lembaran Desa Nomor 2 Tahun " + year,
                text,
                pemdes,
                camat);
        langkah.dasarApbdes("3517082007", today.minusDays(10).getYear(), apb, pemdes);
        langkah.rancanganDenganKomentar(
                "3517082007",
                "Penjabaran APB Desa Tahun Anggaran " + year,
                "Rincian belanja per kegiatan untuk pelaksanaan APB Desa.",
                "Sesuaikan rincian dengan RAB kegiatan yang sudah diverifikasi TPK.",
                pemdes,
                mitra);
        log.info(
                "Demo data: Cukir's APB Desa regulation promulgated as its APBDes' legal basis, a Perkades draft with a comment");
    }
}
