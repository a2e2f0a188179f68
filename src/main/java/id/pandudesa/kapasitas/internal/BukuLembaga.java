package id.pandudesa.kapasitas.internal;

import id.pandudesa.wilayah.BukuAdministrasiDesa;
import id.pandudesa.wilayah.SebutanDesa;
import id.pandudesa.wilayah.Wilayah;
import id.pandudesa.wilayah.WilayahApi;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Buku Lembaga Kemasyarakatan: the village's institutions standing in the year (BPD in its local
 * name, LPM, PKK, Karang Taruna, Posyandu, groups), with the decision that formed them, their head,
 * their active members by sex and how many activities they held in the year.
 */
@Component
class BukuLembaga implements BukuAdministrasiDesa {

    private static final Locale ID = Locale.forLanguageTag("id");
    private static final DateTimeFormatter TGL = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final WilayahApi wilayah;

    BukuLembaga(JdbcClient jdbc, MessageSource messages, WilayahApi wilayah) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.wilayah = wilayah;
    }

    @Override
    public boolean dataPribadi() {
        return true;
    }

    @Override
    public String kunci() {
        return "lembaga";
    }

    @Override
    public int urutan() {
        return 51;
    }

    @Override
    public String judul(SebutanDesa kata) {
        return "Buku Lembaga Kemasyarakatan";
    }

    @Override
    @Transactional(readOnly = true)
    public Buku susun(Wilayah desa, int tahun) {
        SebutanDesa kata = wilayah.sebutan(desa.kode());
        List<List<Object>> rows = new ArrayList<>();
        int[] no = {1};
        jdbc.sql("SELECT l.id, l.jenis, l.nama, l.dasar_hukum, l.dibentuk,"
                        + " (SELECT MIN(a.nama) FROM lembaga_anggota a WHERE a.lembaga_id = l.id AND a.aktif"
                        + "   AND LOWER(a.jabatan) LIKE 'ketua%') AS ketua,"
                        + " (SELECT COUNT(*) FROM lembaga_anggota a WHERE a.lembaga_id = l.id AND a.aktif"
                        + "   AND a.jenis_kelamin = 'L') AS laki,"
                        + " (SELECT COUNT(*) FROM lembaga_anggota a WHERE a.lembaga_id = l.id AND a.aktif"
                        + "   AND a.jenis_kelamin = 'P') AS perempuan,"
                        + " (SELECT COUNT(*) FROM lembaga_kegiatan k WHERE k.lembaga_id = l.id"
                        + "   AND k.tanggal >= :awal AND k.tanggal <= :akhir) AS kegiatan"
                        + " FROM lembaga l WHERE l.kode_wilayah = :d AND (l.dibentuk IS NULL OR l.dibentuk <= :akhir)"
                        + " ORDER BY l.jenis, l.nama, l.id")
                .param("d", desa.kode())
                .param("awal", LocalDate.of(tahun, 1, 1))
                .param("akhir", LocalDate.of(tahun, 12, 31))
                .query((rs, n) -> {
                    String jenis = rs.getString("jenis");
                    String dasar = rs.getString("dasar_hukum");
                    LocalDate dibentuk = rs.getObject("dibentuk", LocalDate.class);
                    String pembentukan = (dasar == null ? "" : dasar)
                            + (dibentuk == null ? "" : (dasar == null ? "" : " / ") + TGL.format(dibentuk));
                    rows.add(List.of(
                            no[0]++,
                            rs.getString("nama"),
                            "BPD".equals(jenis)
                                    ? kata.bpd()
                                    : messages.getMessage("kapasitas.lembaga.jenis." + jenis, null, jenis, ID),
                            pembentukan,
                            rs.getString("ketua") == null ? "" : rs.getString("ketua"),
                            rs.getLong("laki"),
                            rs.getLong("perempuan"),
                            rs.getLong("kegiatan"),
                            ""));
                    return null;
                })
                .list();
        return new Buku(
                "BUKU LEMBAGA KEMASYARAKATAN",
                List.of(
                        "Nomor urut",
                        "Nama lembaga",
                        "Jenis",
                        "Dasar pembentukan (nomor / tanggal)",
                        "Ketua",
                        "Anggota aktif laki-laki",
                        "Anggota aktif perempuan",
                        "Kegiatan tahun ini",
                        "Keterangan"),
                rows,
                new float[] {0.6f, 2.4f, 1.4f, 2.4f, 1.8f, 1, 1, 1, 1.4f},
                new boolean[] {true, false, false, false, false, true, true, true, false});
    }
}
