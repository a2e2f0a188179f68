package id.pandudesa.kapasitas.internal.demo;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.kapasitas.internal.CalonKaderService;
import id.pandudesa.kapasitas.internal.FasilitasService;
import id.pandudesa.kapasitas.internal.KaderService;
import id.pandudesa.kapasitas.internal.KegiatanLembagaService;
import id.pandudesa.kapasitas.internal.LembagaService;
import id.pandudesa.kapasitas.internal.PelatihanService;
import id.pandudesa.kapasitas.internal.PesertaPelatihanService;
import id.pandudesa.platform.profil.LangkahDemo;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: the cadres of Cukir and Kayangan (their KPMD linked to their accounts) and of
 * two more Diwek villages, and last month's three-day kecamatan training on participatory planning
 * with attendance, scores and certificates, which added its competencies to the cadres who passed.
 */
@Component
@Order(95)
class DemoKapasitas extends LangkahDemo {

    private final KaderService kader;
    private final PelatihanService pelatihan;
    private final PesertaPelatihanService ikutan;
    private final LembagaService lembaga;
    private final KegiatanLembagaService kegiatanLembaga;
    private final FasilitasService fasilitas;
    private final id.pandudesa.wilayah.WilayahApi wilayah;
    private final AkunApi akun;
    private final JdbcClient jdbc;
    private final CalonKaderService calon;

    DemoKapasitas(
            KaderService kader,
            PelatihanService pelatihan,
            PesertaPelatihanService ikutan,
            LembagaService lembaga,
            KegiatanLembagaService kegiatanLembaga,
            FasilitasService fasilitas,
            CalonKaderService calon,
            id.pandudesa.wilayah.WilayahApi wilayah,
            AkunApi akun,
            JdbcClient jdbc) {
        this.kader = kader;
        this.pelatihan = pelatihan;
        this.ikutan = ikutan;
        this.lembaga = lembaga;
        this.kegiatanLembaga = kegiatanLembaga;
        this.fasilitas = fasilitas;
        this.calon = calon;
        this.wilayah = wilayah;
        this.akun = akun;
        this.jdbc = jdbc;
    }

    @Override
    protected void jalankan() {
        if (jdbc.sql("SELECT COUNT(*) FROM kader").query(Long.class).single() > 0) {
            return;
        }
        PenggunaSaatIni pd = akun.profil("pd.diwek").orElse(null);
        if (pd == null) {
            return;
        }
        LocalDate today = kader.hariIni();
        LocalDate sk = today.minusYears(1).withDayOfMonth(15);
        List<KaderService.Kader> peserta = new ArrayList<>();
        peserta.add(cadre(
                "3517082007", "Siti Aminah", "P", "KPMD", "kpmd.cukir", sk, List.of("FASILITASI", "PERENCANAAN"), pd));
        peserta.add(cadre("3517082007", "Nur Hidayati", "P", "POSYANDU", null, sk, List.of("KESEHATAN"), pd));
        peserta.add(cadre("3517082007", "Agus Salim", "L", "TEKNIK", null, sk, List.of("TEKNIK", "PEMANTAUAN"), pd));
        cadre("3517082007", "Dewi Lestari", "P", "DIGITAL", null, sk, List.of("DIGITAL"), pd);
        peserta.add(cadre("3517082001", "Sri Wahyuni", "P", "KPMD", "kpmd.kayangan", sk, List.of("FASILITASI"), pd));
        cadre("3517082001", "Mulyono", "L", "TEKNIK", null, sk, List.of("TEKNIK"), pd);
        peserta.add(cadre("3517082002", "Rahmat Hidayat", "L", "KPMD", null, sk, List.of(), pd));
        cadre("3517082004", "Yuliana", "P", "POSYANDU", null, sk, List.of("KESEHATAN", "GENDER"), pd);

        LocalDate mulai = today.minusMonths(1).withDayOfMonth(10);
        PelatihanService.Pelatihan p = pelatihan.rencanakan(
                new PelatihanService.Baru(
                        "Pelatihan KPMD dan kader: perencanaan partisipatif dan APBDes",
                        "P3MD Kecamatan Diwek",
                        "Aula Kantor Kecamatan Diwek",
                        "351708",
                        mulai,
                        mulai.plusDays(2),
                        List.of("PERENCANAAN", "KEUANGAN"),
                        70,
                        null),
                pd);
        int[][] nilai = {{55, 85}, {40, 72}, {60, 66}, {50, 90}, {45, 80}};
        List<PesertaPelatihanService.Catatan> catatan = new ArrayList<>();
        for (int i = 0; i < peserta.size(); i++) {
            ikutan.tambahPeserta(p.id(), peserta.get(i).id(), null, null, null, pd);
        }
        List<PesertaPelatihanService.Peserta> ikut = ikutan.peserta(p.id());
        for (int i = 0; i < ikut.size(); i++) {
            Set<LocalDate> hadir = new TreeSet<>(p.hari());
            if (i == 4) {
                hadir.remove(p.selesai()); // missed the last day: no certificate
            }
            catatan.add(new PesertaPelatihanService.Catatan(ikut.get(i).id(), hadir, nilai[i][0], nilai[i][1]));
        }
        ikutan.catat(p.id(), p.versi(), catatan, pd);
        ikutan.terbitkanSertifikat(p.id(), pd);
        LocalDate next = today.plusMonths(1).withDayOfMonth(5);
        pelatihan.rencanakan(
                new PelatihanService.Baru(
                        "Kader digital: pendataan desa dan papan informasi",
                        "P3MD Kecamatan Diwek",
                        "Balai Desa Cukir",
                        "351708",
                        next,
                        next.plusDays(1),
                        List.of("DIGITAL"),
                        70,
                        null),
                pd);
        lembaga(today, pd);
        belajarDesa(today, peserta);
    }

    /**
     * Cukir runs its own learning: its KPMD holds a one-day session with a cadre as trainer and
     * certificates, and proposes a young farmer noticed in it as a candidate cadre.
     */
    private void belajarDesa(LocalDate today, List<KaderService.Kader> cukir) {
        PenggunaSaatIni kpmd = akun.profil("kpmd.cukir").orElse(null);
        if (kpmd == null) {
            return;
        }
        LocalDate hari = today.minusDays(12);
        PelatihanService.Pelatihan t = pelatihan.rencanakan(
                new PelatihanService.Baru(
                        "Belajar bersama: menyusun usulan kegiatan dusun",
                        "KPMD Desa Cukir",
                        "Balai Desa Cukir",
                        "3517082007",
                        hari,
                        hari,
                        List.of("PERENCANAAN"),
                        70,
                        cukir.get(0).id()),
                kpmd);
        ikutan.tambahPeserta(t.id(), cukir.get(1).id(), null, null, null, kpmd);
        ikutan.tambahPeserta(t.id(), cukir.get(2).id(), null, null, null, kpmd);
        List<PesertaPelatihanService.Catatan> nilai = new ArrayList<>();
        int[][] skor = {{60, 82}, {55, 78}};
        List<PesertaPelatihanService.Peserta> ikut = ikutan.peserta(t.id());
        for (int i = 0; i < ikut.size(); i++) {
            nilai.add(new PesertaPelatihanService.Catatan(ikut.get(i).id(), Set.of(hari), skor[i][0], skor[i][1]));
        }
        ikutan.catat(t.id(), t.versi(), nilai, kpmd);
        ikutan.terbitkanSertifikat(t.id(), kpmd);
        calon.usulkan(
                "3517082007",
                new CalonKaderService.Usulan(
                        "Fajar Ramadhan",
                        "L",
                        "PERTANIAN",
                        "Aktif bertanya dan membantu menuliskan usulan dusun; petani muda yang dihormati kelompok taninya.",
                        "PELATIHAN",
                        t.id(),
                        null),
                kpmd);
    }

    /** Cukir's LPM and forum mitra desa, its village hall, and the Forum KPMD of Kecamatan Diwek. */
    private void lembaga(LocalDate today, PenggunaSaatIni pd) {
        id.pandudesa.wilayah.Wilayah cukir = wilayah.wajib("3517082007");
        LembagaService.Lembaga lpm = lembaga.bentuk(
                cukir, "LPM", "LPM Desa Cukir", "SK Kepala Desa 141/12/415.63.2007/2024", today.minusYears(2), pd);
        lembaga.tambahAnggota(cukir, lpm.id(), null, "H. Abdul Karim", "Ketua", "L", "INTERNAL", pd);
        lembaga.tambahAnggota(cukir, lpm.id(), null, "Sulastri", "Sekretaris", "P", "INTERNAL", pd);
        lembaga.tambahAnggota(
                cukir, lpm.id(), kaderBernama("Agus Salim"), null, "Seksi pembangunan", null, "INTERNAL", pd);
        kegiatanLembaga.catatKegiatan(
                cukir,
                lpm.id(),
                today.minusDays(20),
                "Rapat persiapan gotong royong saluran",
                "Balai Desa Cukir",
                "Gotong royong dijadwalkan Minggu pagi; LPM menyiapkan konsumsi.",
                4,
                6,
                ids(lpm.id()),
                pd);
        LembagaService.Lembaga mitra =
                lembaga.bentuk(cukir, "FORUM_MITRA", "Forum Mitra Desa Cukir", null, today.minusYears(1), pd);
        lembaga.tambahAnggota(cukir, mitra.id(), null, "Kelompok Pemuda Tebuireng", "Relawan", "L", "INTERNAL", pd);
        lembaga.tambahAnggota(
                cukir, mitra.id(), null, "Mahasiswa KKN Universitas Hasyim Asy'ari", "Relawan", "P", "EKSTERNAL", pd);
        fasilitas.tambahFasilitas(
                cukir,
                "BALAI_DESA",
                "Balai Desa Cukir",
                "BAIK",
                "Ruang pertemuan 80 orang, dipakai musyawarah dan posyandu.",
                pd);
        fasilitas.tambahFasilitas(
                cukir, "PERPUSTAKAAN", "Taman Baca Cukir", "RUSAK_RINGAN", "Atap bocor di sisi timur.", pd);

        id.pandudesa.wilayah.Wilayah diwek = wilayah.wajib("351708");
        LembagaService.Lembaga forum = lembaga.bentuk(
                diwek, "FORUM_KPMD", "Forum KPMD Kecamatan Diwek", "SK Camat Diwek 2025", today.minusYears(1), pd);
        for (String n : List.of("Siti Aminah", "Sri Wahyuni", "Rahmat Hidayat")) {
            lembaga.tambahAnggota(
                    diwek,
                    forum.id(),
                    kaderBernama(n),
                    null,
                    n.equals("Siti Aminah") ? "Koordinator" : null,
                    null,
                    "INTERNAL",
                    pd);
        }
        kegiatanLembaga.catatKegiatan(
                diwek,
                forum.id(),
                today.minusDays(12),
                "Pertemuan bulanan Forum KPMD",
                "Kantor Kecamatan Diwek",
                "1. Berbagi pengalaman musyawarah dusun.\n2. Jadwal pendataan IDM.\n3. Rencana pelatihan kader digital.",
                0,
                0,
                ids(forum.id()),
                pd);
    }

    private long kaderBernama(String nama) {
        return jdbc.sql("SELECT MIN(id) FROM kader WHERE nama = :n")
                .param("n", nama)
                .query(Long.class)
                .single();
    }

    private List<Long> ids(long lembagaId) {
        return lembaga.anggota(lembagaId).stream()
                .map(LembagaService.Anggota::id)
                .toList();
    }

    private KaderService.Kader cadre(
            String desa,
            String nama,
            String jk,
            String jenis,
            String username,
            LocalDate sk,
            List<String> kompetensi,
            PenggunaSaatIni pd) {
        return kader.simpan(
                desa,
                null,
                null,
                new KaderService.Isian(
                        nama,
                        jk,
                        jenis,
                        null,
                        "141/" + (10 + desa.charAt(9) - '0') + "/415.63." + desa.substring(6) + "/" + sk.getYear(),
                        sk,
                        null,
                        sk,
                        sk.plusYears(5),
                        "AKTIF",
                        kompetensi,
                        username),
                pd);
    }
}
