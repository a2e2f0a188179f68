package id.pandudesa.perencanaan.internal.demo;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.perencanaan.internal.Apbdes;
import id.pandudesa.perencanaan.internal.ApbdesService;
import id.pandudesa.perencanaan.internal.CatatanPerencanaan;
import id.pandudesa.perencanaan.internal.Realisasi;
import id.pandudesa.perencanaan.internal.RealisasiService;
import id.pandudesa.platform.profil.LangkahDemo;
import id.pandudesa.platform.tabel.TabelMasuk;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo data, first of planning: this year's APBDes of Desa Cukir (adopted) and of Desa Kayangan
 * (a draft the Camat sent back with an evaluation). The next year's planning builds on them.
 */
@Component
@Order(69)
class DemoApbdes extends LangkahDemo {

    private static final Logger log = LoggerFactory.getLogger(DemoApbdes.class);

    static final String CUKIR = """
            kode_kegiatan,kode_rekening,uraian,anggaran,sumber_dana
            ,4.1.2.01,Sewa tanah kas desa,42000000,
            ,4.1.3.01,Swadaya masyarakat pembangunan jalan,15000000,
            ,4.2.1.01,Dana Desa,1086540000,
            ,4.2.2.01,Bagi hasil pajak dan retribusi daerah,61250000,
            ,4.2.3.01,Alokasi Dana Desa,512300000,
            ,4.2.5.01,Bantuan keuangan Kabupaten Jombang,100000000,
            1.1.01,5.1.1.01,Penghasilan tetap kepala desa,39600000,ADD
            1.1.01,5.1.1.02,Tunjangan kepala desa,12000000,ADD
            1.1.02,5.1.2.01,Penghasilan tetap perangkat desa,198000000,ADD
            1.1.02,5.1.2.02,Tunjangan perangkat desa,48000000,ADD
            1.1.05,5.1.4.01,Tunjangan kedudukan BPD,36000000,ADD
            1.1.04,5.2.1.01,Alat tulis kantor dan operasional pemerintah desa,38500000,ADD
            1.3.02,5.2.2.01,Pemutakhiran profil desa dan data IDM,9500000,ADD
            2.1.01,5.2.2.03,Insentif guru PAUD Tunas Bangsa,54000000,ADD
            2.2.02,5.2.1.06,Makanan tambahan balita dan ibu hamil di 6 posyandu,72000000,DDS
            2.3.10,5.3.5.02,Rabat beton jalan Dusun Cukir 450 m: upah,62000000,DDS
            2.3.10,5.3.5.03,Rabat beton jalan Dusun Cukir 450 m: bahan,250000000,DDS
            2.4.16,5.3.7.03,Saluran drainase Dusun Tebuireng 220 m,186000000,DDS
            2.4.11,5.3.8.03,Sumur bor air bersih Dusun Kwaron,88000000,DDS
            2.3.12,5.3.5.03,Jalan usaha tani Dusun Kwaron 600 m,245000000,DDS
            2.3.15,5.3.4.03,Rehabilitasi balai desa,120000000,PBK
            1.2.01,5.3.2.03,Komputer dan printer kantor desa,25000000,ADD
            1.1.07,5.2.2.03,Insentif ketua RT dan RW,27400000,ADD
            3.4.03,5.2.2.01,Pembinaan PKK,14000000,ADD
            3.3.06,5.2.2.01,Pembinaan karang taruna,10000000,ADD
            4.2.05,5.2.3.03,Pelatihan pengolahan hasil pertanian kelompok wanita tani,32500000,DBH
            2.2.03,5.2.3.03,Pelatihan kader posyandu dan KPM,18000000,DBH
            5.3.00,5.4.1.01,Bantuan langsung tunai Dana Desa 48 KPM,172800000,DDS
            5.1.00,5.4.1.01,Belanja tidak terduga bencana,30000000,PAD
            ,6.1.1.01,SILPA tahun sebelumnya,46210000,
            ,6.2.2.01,Penyertaan modal BUMDes Cukir Makmur,75000000,
            """;

    /**
     * Cukir's realisation of semester I: Dana Desa tahap I and II, six months of ADD, salaries,
     * posyandu and BLT; the road and the well were built in the second half (their projects).
     */
    static final String REALISASI_SEMESTER_I = """
            kode_kegiatan,kode_rekening,uraian,realisasi
            ,4.1.2.01,Sewa tanah kas desa,42000000
            ,4.1.3.01,Swadaya masyarakat pembangunan jalan,15000000
            ,4.2.1.01,Dana Desa tahap I dan II,651924000
            ,4.2.3.01,Alokasi Dana Desa Januari-Juni,256150000
            1.1.01,5.1.1.01,Penghasilan tetap kepala desa,19800000
            1.1.01,5.1.1.02,Tunjangan kepala desa,6000000
            1.1.02,5.1.2.01,Penghasilan tetap perangkat desa,99000000
            1.1.02,5.1.2.02,Tunjangan perangkat desa,24000000
            1.1.05,5.1.4.01,Tunjangan kedudukan BPD,18000000
            1.1.04,5.2.1.01,Alat tulis kantor dan operasional,17250000
            2.1.01,5.2.2.03,Insentif guru PAUD,27000000
            2.2.02,5.2.1.06,Makanan tambahan balita dan ibu hamil,36000000
            5.3.00,5.4.1.01,Bantuan langsung tunai Dana Desa,86400000
            ,6.1.1.01,SILPA tahun sebelumnya,46210000
            """;

    private final ApbdesService service;
    private final RealisasiService realisasi;
    private final CatatanPerencanaan notes;
    private final AkunApi akun;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoApbdes(
            ApbdesService service,
            RealisasiService realisasi,
            CatatanPerencanaan notes,
            AkunApi akun,
            JdbcClient jdbc,
            Clock clock) {
        this.service = service;
        this.realisasi = realisasi;
        this.notes = notes;
        this.akun = akun;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    protected void jalankan() {
        apbdesTahunIni(Year.now(clock.withZone(ZoneId.of("Asia/Jakarta"))).getValue());
    }

    private void apbdesTahunIni(int year) {
        long present = jdbc.sql("SELECT COUNT(*) FROM apbdes WHERE kode_desa = '3517082007' AND tahun = :t")
                .param("t", year)
                .query(Long.class)
                .single();
        if (present > 0) {
            return;
        }
        akun.profil("pemdes.cukir").ifPresent(pemdes -> {
            service.ganti("3517082007", year, tabel(CUKIR), null, pemdes);
            service.tetapkan("3517082007", year, pemdes);
            // Semester I as the village reported it (or up to today, early in the year).
            LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Jakarta")));
            LocalDate semester = LocalDate.of(year, 6, 30);
            realisasi.catat(
                    "3517082007",
                    year,
                    today.isBefore(semester) ? today : semester,
                    tabel(REALISASI_SEMESTER_I),
                    Realisasi.Sumber.LEMBAR,
                    pemdes);
        });
        akun.profil("admin.jatim").ifPresent(admin -> {
            String kayangan = CUKIR.replace("Dusun Cukir", "Dusun Kayangan")
                    .replace("Dusun Tebuireng", "Dusun Sumberagung")
                    .replace("Dusun Kwaron", "Dusun Kayangan Kidul")
                    .replace("BUMDes Cukir Makmur", "BUMDes Kayangan Sejahtera")
                    .replace(
                            ",6.1.1.01,SILPA tahun sebelumnya,46210000,\n",
                            ",6.1.1.01,SILPA tahun sebelumnya,6210000,\n");
            Apbdes draft = service.ganti("3517082001", year, tabel(kayangan), null, admin);
            akun.profil("camat.diwek")
                    .ifPresent(camat -> notes.tambah(
                            "APBDES",
                            draft.id(),
                            draft.kodeDesa(),
                            CatatanPerencanaan.Jenis.EVALUASI,
                            CatatanPerencanaan.Hasil.PERBAIKI,
                            "Defisit belum tertutup pembiayaan; periksa SiLPA dan penyertaan modal BUMDes.",
                            camat));
        });
        log.info("Demo data: APBDes {} of Cukir (adopted) and Kayangan (draft under evaluation)", year);
    }

    static TabelMasuk tabel(String csv) {
        try {
            return TabelMasuk.csv(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
