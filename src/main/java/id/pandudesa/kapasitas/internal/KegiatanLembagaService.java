package id.pandudesa.kapasitas.internal;

import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.platform.FieldProblem;
import id.pandudesa.platform.ForbiddenException;
import id.pandudesa.platform.RuleViolationException;
import id.pandudesa.platform.Teks;
import id.pandudesa.platform.audit.AuditAction;
import id.pandudesa.platform.audit.AuditTrail;
import id.pandudesa.wilayah.Wilayah;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an institution or forum did: its activities and meetings with the date, place, minutes and
 * attendance by sex, members ticked as present and guests counted in.
 */
@Service
public class KegiatanLembagaService {

    record Kegiatan(
            long id,
            LocalDate tanggal,
            String judul,
            String tempat,
            String notulen,
            int laki,
            int perempuan,
            String dicatatOleh,
            List<Long> hadir) {}

    private final JdbcClient jdbc;
    private final LembagaService lembaga;
    private final KaderService kader;
    private final AuditTrail audit;
    private final Clock clock;

    public KegiatanLembagaService(
            JdbcClient jdbc, LembagaService lembaga, KaderService kader, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.lembaga = lembaga;
        this.kader = kader;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Kegiatan> kegiatan(long lembagaId) {
        Map<Long, List<Long>> hadir = new java.util.HashMap<>();
        jdbc.sql("SELECT h.kegiatan_id, h.anggota_id FROM lembaga_kegiatan_hadir h JOIN lembaga_kegiatan k"
                        + " ON k.id = h.kegiatan_id WHERE k.lembaga_id = :l")
                .param("l", lembagaId)
                .query((rs, n) -> hadir.computeIfAbsent(rs.getLong("kegiatan_id"), x -> new ArrayList<>())
                        .add(rs.getLong("anggota_id")))
                .list();
        return jdbc.sql("SELECT id, tanggal, judul, tempat, notulen, peserta_laki, peserta_perempuan, dicatat_oleh"
                        + " FROM lembaga_kegiatan WHERE lembaga_id = :l ORDER BY tanggal DESC, id DESC")
                .param("l", lembagaId)
                .query((rs, n) -> new Kegiatan(
                        rs.getLong("id"),
                        rs.getDate("tanggal").toLocalDate(),
                        rs.getString("judul"),
                        rs.getString("tempat"),
                        rs.getString("notulen"),
                        rs.getInt("peserta_laki"),
                        rs.getInt("peserta_perempuan"),
                        rs.getString("dicatat_oleh"),
                        hadir.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    /**
     * Records an activity or meeting: date (not to come), title, place, minutes, attendance by sex;
     * members ticked as present are counted in, guests added by number.
     */
    @Transactional
    public void catatKegiatan(
            Wilayah w,
            long lembagaId,
            LocalDate tanggal,
            String judul,
            String tempat,
            String notulen,
            Integer tamuLaki,
            Integer tamuPerempuan,
            List<Long> hadir,
            PenggunaSaatIni me) {
        lembaga.lembaga(w, lembagaId);
        if (!LembagaService.bolehCatat(w, me)) {
            throw new ForbiddenException("kapasitas.bukanPencatatLembaga");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (tanggal == null) {
            problems.add(FieldProblem.of("tanggal", "kapasitas.tanggalWajib"));
        } else if (tanggal.isAfter(kader.hariIni())) {
            problems.add(FieldProblem.of("tanggal", "kapasitas.tanggalMasaDepan"));
        }
        String j = Teks.baris(judul);
        if (j == null || j.length() > 200) {
            problems.add(FieldProblem.of("judulKegiatan", "kapasitas.judulWajib"));
        }
        String t = Teks.baris(tempat);
        if (t != null && t.length() > 200) {
            problems.add(FieldProblem.of("tempat", "kapasitas.terlaluPanjang", 200));
        }
        String minutes = notulen == null ? null : notulen.strip();
        if (minutes != null && minutes.length() > 4000) {
            problems.add(FieldProblem.of("notulen", "kapasitas.terlaluPanjang", 4000));
        }
        int gl = tamuLaki == null ? 0 : tamuLaki;
        int gp = tamuPerempuan == null ? 0 : tamuPerempuan;
        if (gl < 0 || gp < 0 || gl > 10_000 || gp > 10_000) {
            problems.add(FieldProblem.of("pesertaLaki", "kapasitas.jumlahTidakSah"));
        }
        Map<Long, LembagaService.Anggota> members = new java.util.HashMap<>();
        lembaga.anggota(lembagaId).forEach(a -> members.put(a.id(), a));
        for (Long a : hadir) {
            if (!members.containsKey(a)) {
                problems.add(FieldProblem.of("hadir", "kapasitas.bukanAnggota", a));
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems, "kapasitas.tidakLengkap");
        }
        int laki = gl;
        int perempuan = gp;
        for (Long a : new java.util.LinkedHashSet<>(hadir)) {
            if ("L".equals(members.get(a).jenisKelamin())) {
                laki++;
            } else {
                perempuan++;
            }
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO lembaga_kegiatan (lembaga_id, tanggal, judul, tempat, notulen, peserta_laki,
                            peserta_perempuan, dicatat_oleh, dibuat)
                        VALUES (:l, :d, :j, :t, :n, :pl, :pp, :u, :c)""")
                .param("l", lembagaId)
                .param("d", Date.valueOf(tanggal))
                .param("j", j)
                .param("t", t)
                .param("n", minutes == null || minutes.isEmpty() ? null : minutes)
                .param("pl", laki)
                .param("pp", perempuan)
                .param("u", me.username())
                .param("c", Timestamp.from(Instant.now(clock)))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        for (Long a : new java.util.LinkedHashSet<>(hadir)) {
            jdbc.sql("INSERT INTO lembaga_kegiatan_hadir (kegiatan_id, anggota_id) VALUES (:k, :a)")
                    .param("k", id)
                    .param("a", a)
                    .update();
        }
        audit.record(
                AuditAction.BUAT,
                "kapasitas.KegiatanLembaga",
                id,
                LembagaService.desaAtauNull(w),
                null,
                Map.of("lembaga", lembagaId, "judul", j));
    }
}
