package id.pandudesa.pelaksanaan.internal;

import id.pandudesa.wilayah.BukuAdministrasiDesa;
import id.pandudesa.wilayah.SebutanDesa;
import id.pandudesa.wilayah.Wilayah;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * D.3 Buku Inventaris Hasil-hasil Pembangunan (Permendagri 47/2016), its six columns: the projects
 * handed over to the village in the year, with their volume, their cost (the LPJ's realisation, or
 * the budget before an LPJ), their location, and the asset number and hand-over date.
 */
@Component
class BukuInventarisHasilPembangunan implements BukuAdministrasiDesa {

    private static final DateTimeFormatter TGL = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final JdbcClient jdbc;

    BukuInventarisHasilPembangunan(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kunci() {
        return "hasil-pembangunan";
    }

    @Override
    public int urutan() {
        return 43;
    }

    @Override
    public String judul(SebutanDesa kata) {
        return "Buku Inventaris Hasil-hasil Pembangunan";
    }

    @Override
    @Transactional(readOnly = true)
    public Buku susun(Wilayah desa, int tahun) {
        List<List<Object>> rows = new ArrayList<>();
        int[] no = {1};
        jdbc.sql("SELECT nama, volume, satuan, anggaran, lpj_realisasi, lokasi, nomor_aset, serah_terima_tanggal"
                        + " FROM proyek WHERE kode_desa = :d AND serah_terima_tanggal >= :awal"
                        + " AND serah_terima_tanggal <= :akhir ORDER BY serah_terima_tanggal, id")
                .param("d", desa.kode())
                .param("awal", LocalDate.of(tahun, 1, 1))
                .param("akhir", LocalDate.of(tahun, 12, 31))
                .query((rs, n) -> {
                    long lpj = rs.getLong("lpj_realisasi");
                    boolean adaLpj = !rs.wasNull();
                    String aset = rs.getString("nomor_aset");
                    rows.add(List.of(
                            no[0]++,
                            rs.getString("nama"),
                            rs.getBigDecimal("volume").stripTrailingZeros().toPlainString() + " "
                                    + rs.getString("satuan"),
                            adaLpj ? lpj : rs.getLong("anggaran"),
                            rs.getString("lokasi"),
                            (aset == null ? "" : "Aset " + aset + "; ") + "diserahterimakan "
                                    + TGL.format(rs.getObject("serah_terima_tanggal", LocalDate.class))
                                    + (adaLpj ? "" : "; biaya menurut anggaran (LPJ belum ada)")));
                    return null;
                })
                .list();
        return new Buku(
                "BUKU INVENTARIS HASIL-HASIL PEMBANGUNAN",
                List.of("Nomor urut", "Jenis/nama hasil pembangunan", "Volume", "Biaya (Rp)", "Lokasi", "Keterangan"),
                rows,
                new float[] {0.6f, 3, 1.2f, 1.4f, 2.4f, 3},
                new boolean[] {true, false, false, true, false, false});
    }
}
