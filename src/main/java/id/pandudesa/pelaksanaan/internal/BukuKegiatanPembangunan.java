package id.pandudesa.pelaksanaan.internal;

import id.pandudesa.perencanaan.PerencanaanApi;
import id.pandudesa.wilayah.BukuAdministrasiDesa;
import id.pandudesa.wilayah.SebutanDesa;
import id.pandudesa.wilayah.Wilayah;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * D.2 Buku Kegiatan Pembangunan (Permendagri 47/2016), its thirteen columns, from the projects of
 * the desa-year: the budget split by where the kegiatan's money comes from in the adopted APBDes
 * (Dana Desa from the central government; ADD, tax and levy shares and the kabupaten's aid from the
 * kabupaten; the province's aid), the community's own contribution (swadaya) as its own column,
 * the duration, new or continued (a project of the same name in an earlier year), the TPK.
 */
@Component
class BukuKegiatanPembangunan implements BukuAdministrasiDesa {

    private static final DateTimeFormatter TGL = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final JdbcClient jdbc;
    private final PelaksanaanService pelaksanaan;
    private final PerencanaanApi perencanaan;

    BukuKegiatanPembangunan(JdbcClient jdbc, PelaksanaanService pelaksanaan, PerencanaanApi perencanaan) {
        this.jdbc = jdbc;
        this.pelaksanaan = pelaksanaan;
        this.perencanaan = perencanaan;
    }

    @Override
    public String kunci() {
        return "kegiatan-pembangunan";
    }

    @Override
    public int urutan() {
        return 42;
    }

    @Override
    public String judul(SebutanDesa kata) {
        return "Buku Kegiatan Pembangunan";
    }

    /** A project's budget split over the columns: pemerintah, provinsi, kab/kota, and the rest (PAD, other). */
    static long[] bagi(long anggaran, Map<String, Long> sumber) {
        long[] bobot = new long[4];
        if (sumber != null) {
            for (var e : sumber.entrySet()) {
                int kolom = switch (e.getKey()) {
                    case "DDS" -> 0;
                    case "PBP" -> 1;
                    case "ADD", "DBH", "PBK" -> 2;
                    default -> 3;
                };
                bobot[kolom] += e.getValue();
            }
        }
        long total = bobot[0] + bobot[1] + bobot[2] + bobot[3];
        long[] out = new long[4];
        if (total == 0) {
            out[3] = anggaran;
            return out;
        }
        // Largest remainder: every column its whole share, the rupiah left to the largest fractions.
        BigDecimal[] sisa = new BigDecimal[4];
        long dibagi = 0;
        for (int i = 0; i < 4; i++) {
            BigDecimal[] qr = BigDecimal.valueOf(anggaran)
                    .multiply(BigDecimal.valueOf(bobot[i]))
                    .divideAndRemainder(BigDecimal.valueOf(total));
            out[i] = qr[0].longValueExact();
            sisa[i] = qr[1];
            dibagi += out[i];
        }
        for (long left = anggaran - dibagi; left > 0; left--) {
            int best = 0;
            for (int i = 1; i < 4; i++) {
                if (sisa[i].compareTo(sisa[best]) > 0) {
                    best = i;
                }
            }
            out[best]++;
            sisa[best] = BigDecimal.valueOf(-1);
        }
        return out;
    }

    /** What the book adds to a project: its LPJ date, the community's contribution, whether it continues an earlier one. */
    private record Tambahan(LocalDate lpj, long swadaya, boolean lanjutan) {}

    @Override
    @Transactional(readOnly = true)
    public Buku susun(Wilayah desa, int tahun) {
        List<PelaksanaanService.Proyek> proyek = pelaksanaan.proyekTahun(desa.kode(), tahun);
        Map<Long, Tambahan> tambahan = new java.util.HashMap<>();
        jdbc.sql("SELECT p.id, p.lpj_tanggal,"
                        + " (SELECT COALESCE(SUM(s.nilai), 0) FROM proyek_swadaya s WHERE s.proyek_id = p.id) AS swadaya,"
                        + " EXISTS (SELECT 1 FROM proyek q WHERE q.kode_desa = p.kode_desa AND q.tahun < p.tahun"
                        + "   AND LOWER(q.nama) = LOWER(p.nama)) AS lanjutan"
                        + " FROM proyek p WHERE p.kode_desa = :d AND p.tahun = :t")
                .param("d", desa.kode())
                .param("t", tahun)
                .query((rs, n) -> tambahan.put(
                        rs.getLong("id"),
                        new Tambahan(
                                rs.getObject("lpj_tanggal", LocalDate.class),
                                rs.getLong("swadaya"),
                                rs.getBoolean("lanjutan"))))
                .list();
        Map<String, Map<String, Long>> sumber = perencanaan.sumberDanaKegiatan(desa.kode(), tahun);
        NumberFormat rupiah = NumberFormat.getIntegerInstance(Locale.forLanguageTag("id"));
        List<List<Object>> rows = new ArrayList<>();
        int no = 1;
        for (PelaksanaanService.Proyek p : proyek) {
            Tambahan t = tambahan.get(p.id());
            long[] bagi = bagi(p.anggaran(), sumber.get(p.kodeKegiatan()));
            StringBuilder ket = new StringBuilder();
            if (bagi[3] > 0) {
                ket.append("Termasuk PAD/lainnya Rp ").append(rupiah.format(bagi[3]));
            }
            if (t.lpj() != null) {
                ket.append(ket.isEmpty() ? "" : "; ").append("LPJ ").append(TGL.format(t.lpj()));
            }
            rows.add(List.of(
                    no++,
                    p.nama(),
                    p.volume().stripTrailingZeros().toPlainString() + " " + p.satuan(),
                    bagi[0],
                    bagi[1],
                    bagi[2],
                    t.swadaya(),
                    p.anggaran() + t.swadaya(),
                    (ChronoUnit.DAYS.between(p.mulai(), p.selesai()) + 1) + " hari (" + TGL.format(p.mulai()) + " s.d. "
                            + TGL.format(p.selesai()) + ")",
                    t.lanjutan() ? "" : "V",
                    t.lanjutan() ? "V" : "",
                    ringkas("TPK: " + String.join(", ", p.anggotaTpk())),
                    ket.toString()));
        }
        return new Buku(
                "BUKU KEGIATAN PEMBANGUNAN",
                List.of(
                        "Nomor urut",
                        "Nama proyek/kegiatan",
                        "Volume",
                        "Sumber dana: Pemerintah",
                        "Sumber dana: Provinsi",
                        "Sumber dana: Kab/Kota",
                        "Sumber dana: Swadaya",
                        "Jumlah",
                        "Waktu",
                        "Sifat proyek: Baru",
                        "Sifat proyek: Lanjutan",
                        "Pelaksana",
                        "Ket."),
                rows,
                new float[] {0.5f, 2.0f, 0.8f, 1.35f, 1.1f, 1.1f, 1.1f, 1.35f, 1.4f, 0.55f, 0.65f, 1.6f, 1.2f},
                new boolean[] {true, false, false, true, true, true, true, true, false, false, false, false, false});
    }

    private static String ringkas(String tpk) {
        String t = tpk.strip().replaceAll("\\s+", " ");
        return t.length() > 120 ? t.substring(0, 119) + "…" : t;
    }
}
