package id.pandudesa.kapasitas.internal;

import id.pandudesa.wilayah.BukuAdministrasiDesa;
import id.pandudesa.wilayah.SebutanDesa;
import id.pandudesa.wilayah.Wilayah;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * D.4 Buku Kader Pemberdayaan Masyarakat (Permendagri 47/2016): the cadres serving in the year,
 * with the courses they passed (trainings with a certificate up to that year), their field and their
 * decree. The regulation's columns for age and address stay empty: the product does not hold a
 * cadre's birth date or address (only what facilitation needs).
 */
@Component
class BukuKader implements BukuAdministrasiDesa {

    private static final Locale ID = Locale.forLanguageTag("id");
    private static final DateTimeFormatter TGL = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final Kompetensi kompetensi;

    BukuKader(JdbcClient jdbc, MessageSource messages, Kompetensi kompetensi) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.kompetensi = kompetensi;
    }

    @Override
    public boolean dataPribadi() {
        return true;
    }

    @Override
    public String kunci() {
        return "kader";
    }

    @Override
    public int urutan() {
        return 44;
    }

    @Override
    public String judul(SebutanDesa kata) {
        return "Buku Kader Pemberdayaan Masyarakat";
    }

    private record Baris(
            long id,
            String nama,
            String jenisKelamin,
            String jenis,
            String kompetensi,
            String skNomor,
            LocalDate skTanggal,
            String status) {}

    @Override
    @Transactional(readOnly = true)
    public Buku susun(Wilayah desa, int tahun) {
        LocalDate awal = LocalDate.of(tahun, 1, 1);
        LocalDate akhir = LocalDate.of(tahun, 12, 31);
        List<Baris> kader = jdbc.sql("SELECT id, nama, jenis_kelamin, jenis, kompetensi, sk_nomor, sk_tanggal, status"
                        + " FROM kader WHERE kode_desa = :d AND mulai <= :akhir AND (selesai IS NULL OR selesai >= :awal)"
                        + " ORDER BY mulai, id")
                .param("d", desa.kode())
                .param("awal", awal)
                .param("akhir", akhir)
                .query((rs, n) -> new Baris(
                        rs.getLong("id"),
                        rs.getString("nama"),
                        rs.getString("jenis_kelamin"),
                        rs.getString("jenis"),
                        rs.getString("kompetensi"),
                        rs.getString("sk_nomor"),
                        rs.getObject("sk_tanggal", LocalDate.class),
                        rs.getString("status")))
                .list();
        Map<Long, List<String>> kursus = new LinkedHashMap<>();
        jdbc.sql(
                        "SELECT ps.kader_id, p.judul, p.selesai FROM pelatihan_peserta ps JOIN pelatihan p ON p.id = ps.pelatihan_id"
                                + " WHERE ps.kode_desa = :d AND ps.kader_id IS NOT NULL AND ps.sertifikat IS NOT NULL"
                                + " AND p.selesai <= :akhir ORDER BY p.selesai, p.id")
                .param("d", desa.kode())
                .param("akhir", akhir)
                .query((rs, n) -> {
                    kursus.computeIfAbsent(rs.getLong("kader_id"), k -> new ArrayList<>())
                            .add(rs.getString("judul") + " ("
                                    + rs.getObject("selesai", LocalDate.class).getYear() + ")");
                    return null;
                })
                .list();
        List<List<Object>> rows = new ArrayList<>();
        int no = 1;
        for (Baris k : kader) {
            String bidang = messages.getMessage("kapasitas.jenis." + k.jenis(), null, k.jenis(), ID)
                    + (k.kompetensi() == null || k.kompetensi().isBlank()
                            ? ""
                            : ": " + k.kompetensi().replace(",", ", "));
            StringBuilder ket = new StringBuilder();
            if (k.skNomor() != null) {
                ket.append("SK ").append(k.skNomor());
                if (k.skTanggal() != null) {
                    ket.append(" / ").append(TGL.format(k.skTanggal()));
                }
            }
            if ("BERHENTI".equals(k.status())) {
                ket.append(ket.isEmpty() ? "" : "; ")
                        .append(messages.getMessage("kapasitas.status.BERHENTI", null, ID));
            }
            rows.add(List.of(
                    no++,
                    k.nama(),
                    "",
                    "P".equals(k.jenisKelamin()) ? "Perempuan" : "Laki-laki",
                    String.join("; ", kursus.getOrDefault(k.id(), List.of())),
                    bidang,
                    "",
                    ket.toString()));
        }
        return new Buku(
                "BUKU KADER PEMBERDAYAAN MASYARAKAT",
                List.of(
                        "Nomor urut",
                        "Nama",
                        "Umur",
                        "Jenis kelamin",
                        "Pendidikan/kursus",
                        "Bidang",
                        "Alamat",
                        "Keterangan"),
                rows,
                new float[] {0.6f, 2, 0.6f, 1, 3, 2.4f, 1.6f, 2},
                new boolean[] {true, false, false, false, false, false, false, false});
    }
}
