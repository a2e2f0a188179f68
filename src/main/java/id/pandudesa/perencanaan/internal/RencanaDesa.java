package id.pandudesa.perencanaan.internal;

import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.akun.Peran;
import id.pandudesa.platform.FieldProblem;
import id.pandudesa.platform.ForbiddenException;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The values of a desa's plans — proposals (usulan), the RPJMDes and its programmes, the RKPDes and
 * its activities — with the rules every plan shares. The work is done by {@link UsulanService},
 * {@link RpjmdesService} and {@link RkpdesService}.
 */
public final class RencanaDesa {

    private RencanaDesa() {}

    /** Who records proposals and their prioritisation: the organisers of the meetings. */
    static final Set<Peran> PENCATAT = EnumSet.of(Peran.KPMD, Peran.PEMDES, Peran.PLD, Peran.PD);

    /** Who drafts the RPJMDes and RKPDes: the village government with its KPMD (tim penyusun). */
    static final Set<Peran> PENYUSUN = EnumSet.of(Peran.KPMD, Peran.PEMDES);

    enum StatusUsulan {
        DIUSULKAN,
        DIPRIORITASKAN,
        TIDAK_DIPRIORITASKAN
    }

    /** Sources of village funds as the APBDes pendapatan names them. */
    enum SumberDana {
        DDS,
        ADD,
        PAD,
        BHPR,
        BKP,
        BKK,
        LAIN
    }

    public record Usulan(
            long id,
            String kodeDesa,
            int tahun,
            String judul,
            String lokasi,
            String asal,
            String kodeBidang,
            int laki,
            int perempuan,
            int miskin,
            long biaya,
            String pengusul,
            Long musdusId,
            Integer musdusAgenda,
            StatusUsulan status,
            String metode,
            Integer nilai,
            Integer peringkat,
            Long musdesId,
            Integer musdesAgenda,
            int versi,
            String rujukanData,
            String rujukanLabel) {

        public int penerima() {
            return laki + perempuan;
        }
    }

    public record UsulanBaru(
            String judul,
            String lokasi,
            String asal,
            String kodeBidang,
            Integer laki,
            Integer perempuan,
            Integer miskin,
            Long biaya,
            String pengusul,
            String musdus,
            String rujukanData) {}

    record Rpjmdes(
            long id,
            String kodeDesa,
            int tahunAwal,
            String visi,
            String misi,
            String status,
            Long musdesId,
            Integer musdesAgenda,
            int versi) {

        public int tahunAkhir() {
            return tahunAwal + 5;
        }

        public boolean ditetapkan() {
            return "DITETAPKAN".equals(status);
        }
    }

    public record Program(long id, int tahun, String kodeBidang, String uraian, long biaya) {}

    public record Rkpdes(
            long id, String kodeDesa, int tahun, String status, Long musdesId, Integer musdesAgenda, int versi) {

        public boolean ditetapkan() {
            return "DITETAPKAN".equals(status);
        }
    }

    public record Kegiatan(
            long id,
            long rkpdesId,
            String kodeDesa,
            String kodeKegiatan,
            String nama,
            String lokasi,
            BigDecimal volume,
            String satuan,
            String sasaran,
            String waktu,
            long biaya,
            SumberDana sumberDana,
            String pelaksana,
            Long usulanId,
            Long programId) {}

    public record KegiatanBaru(
            String kodeKegiatan,
            String nama,
            String lokasi,
            BigDecimal volume,
            String satuan,
            String sasaran,
            String waktu,
            Long biaya,
            String sumberDana,
            String pelaksana,
            Long usulanId,
            Long programId) {}

    static final int MAKS_USULAN = 1_000;

    static void wajib(Set<Peran> roles, PenggunaSaatIni me, String key) {
        if (!roles.contains(me.peran())) {
            throw new ForbiddenException(key);
        }
    }

    static void teks(String value, String field, int max, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(FieldProblem.of(field, "perencanaan.wajibDiisi"));
        } else if (value.trim().length() > max) {
            problems.add(FieldProblem.of(field, "perencanaan.terlaluPanjang", max));
        }
    }

    static void rupiah(Long value, String field, List<FieldProblem> problems) {
        if (value == null) {
            problems.add(FieldProblem.of(field, "perencanaan.rupiahWajib"));
        } else if (value < 0) {
            problems.add(FieldProblem.of(field, "perencanaan.rupiahNegatif"));
        } else if (value > 1_000_000_000_000L) {
            problems.add(FieldProblem.of(field, "perencanaan.rupiahTerlaluBesar"));
        }
    }

    static Usulan usulanDari(ResultSet rs, int n) throws SQLException {
        return new Usulan(
                rs.getLong("id"),
                rs.getString("kode_desa"),
                rs.getInt("tahun"),
                rs.getString("judul"),
                rs.getString("lokasi"),
                rs.getString("asal"),
                rs.getString("kode_bidang"),
                rs.getInt("penerima_laki"),
                rs.getInt("penerima_perempuan"),
                rs.getInt("penerima_miskin"),
                rs.getLong("perkiraan_biaya"),
                rs.getString("pengusul"),
                nullableLong(rs, "musdus_id"),
                nullableInt(rs, "musdus_agenda"),
                StatusUsulan.valueOf(rs.getString("status")),
                rs.getString("metode"),
                nullableInt(rs, "nilai"),
                nullableInt(rs, "peringkat"),
                nullableLong(rs, "musdes_id"),
                nullableInt(rs, "musdes_agenda"),
                rs.getInt("versi"),
                rs.getString("rujukan_data"),
                rs.getString("rujukan_label"));
    }

    static Rpjmdes rpjmdesDari(ResultSet rs, int n) throws SQLException {
        return new Rpjmdes(
                rs.getLong("id"),
                rs.getString("kode_desa"),
                rs.getInt("tahun_awal"),
                rs.getString("visi"),
                rs.getString("misi"),
                rs.getString("status"),
                nullableLong(rs, "musdes_id"),
                nullableInt(rs, "musdes_agenda"),
                rs.getInt("versi"));
    }

    static Kegiatan kegiatanDari(ResultSet rs, int n) throws SQLException {
        return new Kegiatan(
                rs.getLong("id"),
                rs.getLong("rkpdes_id"),
                rs.getString("kode_desa"),
                rs.getString("kode_kegiatan"),
                rs.getString("nama"),
                rs.getString("lokasi"),
                rs.getBigDecimal("volume").stripTrailingZeros(),
                rs.getString("satuan"),
                rs.getString("sasaran"),
                rs.getString("waktu"),
                rs.getLong("biaya"),
                SumberDana.valueOf(rs.getString("sumber_dana")),
                rs.getString("pelaksana"),
                nullableLong(rs, "usulan_id"),
                nullableLong(rs, "program_id"));
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }
}
