package id.pandudesa.perencanaan.internal;

import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.musyawarah.MusyawarahApi;
import id.pandudesa.platform.ConflictException;
import id.pandudesa.platform.FieldProblem;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The checks the plans share: the Musdes decision they cite, adoption, field codes and years. */
@org.springframework.stereotype.Component
class AturanRencana {

    private final JdbcClient jdbc;
    private final KodeApbdes codes;
    private final MusyawarahApi musyawarah;
    private final Clock clock;

    AturanRencana(JdbcClient jdbc, KodeApbdes codes, MusyawarahApi musyawarah, Clock clock) {
        this.jdbc = jdbc;
        this.codes = codes;
        this.musyawarah = musyawarah;
        this.clock = clock;
    }

    /** Adopts a draft plan document citing the decision; refused when adopted or changed meanwhile. */
    void tetapkan(
            String table,
            long id,
            MusyawarahApi.Keputusan decision,
            Integer versi,
            PenggunaSaatIni me,
            String refusal) {
        int changed = jdbc.sql("UPDATE " + table + " SET status = 'DITETAPKAN', musdes_id = :m, musdes_agenda = :a,"
                        + " ditetapkan_oleh = :o, ditetapkan = :w, versi = versi + 1 WHERE id = :id AND status = 'DRAF'"
                        + (versi == null ? "" : " AND versi = " + versi.intValue()))
                .param("m", decision.musyawarahId())
                .param("a", decision.agenda())
                .param("o", me.username())
                .param("w", Timestamp.from(Instant.now(clock)))
                .param("id", id)
                .update();
        if (changed == 0) {
            throw new ConflictException(refusal);
        }
    }

    /** A Musdes decision that was agreed, in this desa, cited as "musyawarahId:agenda". */
    MusyawarahApi.Keputusan keputusanMusdes(
            String rujukan, String code, PenggunaSaatIni me, List<FieldProblem> problems) {
        Optional<MusyawarahApi.Keputusan> d = keputusan(rujukan, code, me, "keputusan", problems);
        if (d.isPresent() && !d.get().musyawarahDesa()) {
            problems.add(FieldProblem.of("keputusan", "perencanaan.keputusanBukanMusdes"));
        } else if (d.isPresent() && !d.get().disepakati()) {
            problems.add(FieldProblem.of("keputusan", "perencanaan.keputusanDitolak"));
        }
        return d.orElse(null);
    }

    Optional<MusyawarahApi.Keputusan> keputusan(
            String rujukan, String code, PenggunaSaatIni me, String field, List<FieldProblem> problems) {
        Optional<MusyawarahApi.Keputusan> found = Optional.empty();
        if (rujukan != null && rujukan.matches("\\d{1,18}:\\d{1,3}")) {
            String[] part = rujukan.split(":");
            found = musyawarah
                    .keputusan(Long.parseLong(part[0]), Integer.parseInt(part[1]), me)
                    .filter(k -> k.kodeDesa().equals(code));
        }
        if (found.isEmpty()) {
            problems.add(FieldProblem.of(field, "perencanaan.keputusanWajib"));
        }
        return found;
    }

    String kodeBidang(String kode, String field, List<FieldProblem> problems) {
        String k = kode == null ? "" : kode.trim();
        if (k.isEmpty()) {
            problems.add(FieldProblem.of(field, "perencanaan.bidangWajib"));
            return null;
        }
        if (!k.contains(".") || codes.namaBidang(k).isEmpty()) {
            problems.add(FieldProblem.of(field, "perencanaan.bidangTidakDikenal", k));
            return null;
        }
        return k;
    }

    void tahun(int tahun, List<FieldProblem> problems) {
        int now = java.time.Year.now(clock.withZone(java.time.ZoneId.of("Asia/Jakarta")))
                .getValue();
        if (tahun < 2015 || tahun > now + 6) {
            problems.add(FieldProblem.of("tahun", "perencanaan.tahunTidakValid", String.valueOf(tahun)));
        }
    }
}
