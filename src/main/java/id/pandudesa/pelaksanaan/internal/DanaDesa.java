package id.pandudesa.pelaksanaan.internal;

import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.akun.Peran;
import id.pandudesa.perencanaan.PerencanaanApi;
import id.pandudesa.platform.FieldProblem;
import id.pandudesa.platform.ForbiddenException;
import id.pandudesa.platform.RuleViolationException;
import id.pandudesa.platform.audit.AuditAction;
import id.pandudesa.platform.audit.AuditTrail;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Dana Desa received by stage against what the adopted APBDes planned, and against what the
 * followed activities have spent. The village government records each transfer as it arrives.
 */
@Service
class DanaDesa {

    /** One stage: its share, the planned amount, and the transfer when it came. */
    record Tahap(int tahap, int persen, long rencana, Long diterima, LocalDate tanggal) {}

    record Ringkasan(long pagu, List<Tahap> tahap, long diterima, long realisasi) {}

    private final JdbcClient jdbc;
    private final PerencanaanApi perencanaan;
    private final PelaksanaanService pelaksanaan;
    private final AuditTrail audit;
    private final Clock clock;
    private final List<Integer> persen;

    DanaDesa(
            JdbcClient jdbc,
            PerencanaanApi perencanaan,
            PelaksanaanService pelaksanaan,
            AuditTrail audit,
            Clock clock,
            @Value("${pandu.pelaksanaan.tahap-dana-desa:40,40,20}") List<Integer> persen) {
        this.jdbc = jdbc;
        this.perencanaan = perencanaan;
        this.pelaksanaan = pelaksanaan;
        this.audit = audit;
        this.clock = clock;
        this.persen = TahapDanaDesa.periksa(persen);
    }

    /** Null when the year has no adopted APBDes (nothing planned to compare with). */
    @Transactional(readOnly = true)
    Ringkasan ringkasan(String code, int tahun) {
        var apbdes = perencanaan.apbdesTerbit(code, tahun).orElse(null);
        if (apbdes == null) {
            return null;
        }
        Map<Integer, Object[]> received = new LinkedHashMap<>();
        jdbc.sql("SELECT tahap, jumlah, tanggal FROM dana_desa_tahap WHERE kode_desa = :k AND tahun = :t")
                .param("k", code)
                .param("t", tahun)
                .query(rs -> {
                    received.put(rs.getInt(1), new Object[] {rs.getLong(2), rs.getObject(3, LocalDate.class)});
                });
        List<Long> planned = TahapDanaDesa.rencana(apbdes.danaDesa(), persen);
        List<Tahap> stages = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < persen.size(); i++) {
            Object[] r = received.get(i + 1);
            stages.add(new Tahap(
                    i + 1,
                    persen.get(i),
                    planned.get(i),
                    r == null ? null : (Long) r[0],
                    r == null ? null : (LocalDate) r[1]));
            total += r == null ? 0 : (Long) r[0];
        }
        long spent = pelaksanaan.daftar(code, tahun).stream()
                .mapToLong(x -> x.terakhir() == null ? 0 : x.terakhir().realisasi())
                .sum();
        return new Ringkasan(apbdes.danaDesa(), stages, total, spent);
    }

    /**
     * Records the transfer of a stage: stages arrive in order, once each, never in the future, and
     * never add up to more than the APBDes's Dana Desa.
     */
    @Transactional
    void catat(String code, int tahun, Integer tahap, LocalDate tanggal, Long jumlah, PenggunaSaatIni me) {
        if (me.peran() != Peran.PEMDES) {
            throw new ForbiddenException("pelaksanaan.danaDesa.hanyaPemdes");
        }
        Ringkasan now = ringkasan(code, tahun);
        List<FieldProblem> problems = new ArrayList<>();
        if (now == null) {
            throw new RuleViolationException("pelaksanaan.danaDesa.tanpaApbdes");
        }
        if (tahap == null || tahap < 1 || tahap > now.tahap().size()) {
            problems.add(FieldProblem.of(
                    "tahap", "pelaksanaan.danaDesa.tahapTidakValid", now.tahap().size()));
        } else if (now.tahap().get(tahap - 1).diterima() != null) {
            problems.add(FieldProblem.of("tahap", "pelaksanaan.danaDesa.sudahDicatat", tahap));
        } else if (tahap > 1 && now.tahap().get(tahap - 2).diterima() == null) {
            problems.add(FieldProblem.of("tahap", "pelaksanaan.danaDesa.belumUrut", tahap - 1));
        }
        if (tanggal == null) {
            problems.add(FieldProblem.of("tanggal", "pelaksanaan.tanggalWajib"));
        } else if (tanggal.isAfter(pelaksanaan.hariIni())) {
            problems.add(FieldProblem.of("tanggal", "pelaksanaan.tanggalNanti"));
        }
        if (jumlah == null || jumlah <= 0) {
            problems.add(FieldProblem.of("jumlah", "pelaksanaan.danaDesa.jumlahWajib"));
        } else if (now.diterima() + jumlah > now.pagu()) {
            problems.add(FieldProblem.of(
                    "jumlah", "pelaksanaan.danaDesa.melebihiPagu", String.valueOf(now.pagu() - now.diterima())));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(
                    problems,
                    problems.getFirst().messageKey(),
                    problems.getFirst().args());
        }
        jdbc.sql("INSERT INTO dana_desa_tahap (kode_desa, tahun, tahap, tanggal, jumlah, dicatat_oleh, dicatat)"
                        + " VALUES (:k, :t, :tp, :tg, :j, :o, :w)")
                .param("k", code)
                .param("t", tahun)
                .param("tp", tahap)
                .param("tg", tanggal)
                .param("j", jumlah)
                .param("o", me.username())
                .param("w", Timestamp.from(Instant.now(clock)))
                .update();
        audit.record(
                AuditAction.BUAT,
                "pelaksanaan.DanaDesaTahap",
                code + "/" + tahun + "/" + tahap,
                code,
                null,
                Map.of("tahap", tahap, "tanggal", tanggal.toString(), "jumlah", jumlah));
    }
}
