package id.pandudesa.pengaduan.internal;

import id.pandudesa.akun.Peran;
import id.pandudesa.pengaduan.KategoriPengaduan;
import id.pandudesa.pengaduan.StatusPengaduan;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * A complaint as stored. {@code nama} and {@code kontak} are the complainant's identity: only
 * {@link PengaduanService#tampil} decides who reads them, everything else uses {@link #tanpaIdentitas}.
 */
public record Kasus(
        long id,
        String kodeLacak,
        String kodeDesa,
        KategoriPengaduan kategori,
        String uraian,
        String nama,
        String kontak,
        Saluran saluran,
        StatusPengaduan status,
        Tingkat tingkat,
        Peran ditugaskan,
        Tingkat rujukanKe,
        String rujukanNomor,
        Long musyawarahId,
        String alasanTolak,
        Instant tenggat,
        String dicatatOleh,
        Instant dibuat,
        Instant ditanggapi,
        Instant selesai,
        int versi) {

    static final String KOLOM = "id, kode_lacak, kode_desa, kategori, uraian, nama, kontak, saluran, status, tingkat,"
            + " ditugaskan, rujukan_ke, rujukan_nomor, musyawarah_id, alasan_tolak, tenggat, dicatat_oleh, dibuat,"
            + " ditanggapi, selesai, versi";

    static Kasus baca(ResultSet rs, int n) throws SQLException {
        return new Kasus(
                rs.getLong("id"),
                rs.getString("kode_lacak"),
                rs.getString("kode_desa"),
                KategoriPengaduan.valueOf(rs.getString("kategori")),
                rs.getString("uraian"),
                Identitas.buka(rs.getString("nama")),
                Identitas.buka(rs.getString("kontak")),
                Saluran.valueOf(rs.getString("saluran")),
                StatusPengaduan.valueOf(rs.getString("status")),
                Tingkat.valueOf(rs.getString("tingkat")),
                rs.getString("ditugaskan") == null ? null : Peran.valueOf(rs.getString("ditugaskan")),
                rs.getString("rujukan_ke") == null ? null : Tingkat.valueOf(rs.getString("rujukan_ke")),
                rs.getString("rujukan_nomor"),
                rs.getObject("musyawarah_id", Long.class),
                rs.getString("alasan_tolak"),
                waktu(rs.getTimestamp("tenggat")),
                rs.getString("dicatat_oleh"),
                waktu(rs.getTimestamp("dibuat")),
                waktu(rs.getTimestamp("ditanggapi")),
                waktu(rs.getTimestamp("selesai")),
                rs.getInt("versi"));
    }

    private static Instant waktu(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    /** Whether the deadline of its current stage has passed. */
    public boolean terlambat(Instant sekarang) {
        return !status.akhir() && tenggat != null && tenggat.isBefore(sekarang);
    }

    public boolean adaIdentitas() {
        return nama != null || kontak != null;
    }

    Kasus tanpaIdentitas() {
        return new Kasus(
                id,
                kodeLacak,
                kodeDesa,
                kategori,
                uraian,
                null,
                null,
                saluran,
                status,
                tingkat,
                ditugaskan,
                rujukanKe,
                rujukanNomor,
                musyawarahId,
                alasanTolak,
                tenggat,
                dicatatOleh,
                dibuat,
                ditanggapi,
                selesai,
                versi);
    }
}
