package id.pandudesa.perencanaan.internal;

import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.indeks.IndeksApi;
import id.pandudesa.musyawarah.JenisMusyawarah;
import id.pandudesa.musyawarah.MusyawarahApi;
import id.pandudesa.perencanaan.internal.RencanaDesa.StatusUsulan;
import id.pandudesa.perencanaan.internal.RencanaDesa.Usulan;
import id.pandudesa.perencanaan.internal.RencanaDesa.UsulanBaru;
import id.pandudesa.platform.ConflictException;
import id.pandudesa.platform.FieldProblem;
import id.pandudesa.platform.NotFoundException;
import id.pandudesa.platform.RuleViolationException;
import id.pandudesa.platform.audit.AuditAction;
import id.pandudesa.platform.audit.AuditTrail;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Proposals from the dusun and groups of a desa-year, and their prioritisation by a Musdes vote. */
@Service
public class UsulanService {

    private final JdbcClient jdbc;
    private final ApbdesService apbdes;
    private final AuditTrail audit;
    private final AturanRencana aturan;
    private final IndeksApi indeks;
    private final Clock clock;

    public UsulanService(
            JdbcClient jdbc,
            ApbdesService apbdes,
            AuditTrail audit,
            AturanRencana aturan,
            IndeksApi indeks,
            Clock clock) {
        this.jdbc = jdbc;
        this.apbdes = apbdes;
        this.audit = audit;
        this.aturan = aturan;
        this.indeks = indeks;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<Usulan> usulan(String kodeDesa, int tahun, PenggunaSaatIni me) {
        String code = apbdes.desaTerlihat(kodeDesa, me).kode();
        return usulanDesa(code, tahun);
    }

    List<Usulan> usulanDesa(String code, int tahun) {
        return jdbc.sql("SELECT * FROM usulan WHERE kode_desa = :k AND tahun = :t"
                        + " ORDER BY CASE WHEN peringkat IS NULL THEN 1 ELSE 0 END, peringkat, id LIMIT "
                        + RencanaDesa.MAKS_USULAN)
                .param("k", code)
                .param("t", tahun)
                .query(RencanaDesa::usulanDari)
                .list();
    }

    Optional<Usulan> usulanSatu(long id) {
        return jdbc.sql("SELECT * FROM usulan WHERE id = :id")
                .param("id", id)
                .query(RencanaDesa::usulanDari)
                .optional();
    }

    /** What a checked proposal refers to: its bidang code and the Musdus decision, if any. */
    private record Rujukan(String bidang, MusyawarahApi.Keputusan musdus, IndeksApi.KutipanData data) {}

    private Rujukan periksa(String code, int tahun, UsulanBaru u, PenggunaSaatIni me) {
        List<FieldProblem> problems = new ArrayList<>();
        RencanaDesa.teks(u.judul(), "judul", 200, problems);
        RencanaDesa.teks(u.lokasi(), "lokasi", 200, problems);
        RencanaDesa.teks(u.asal(), "asal", 150, problems);
        RencanaDesa.teks(u.pengusul(), "pengusul", 150, problems);
        String bidang = aturan.kodeBidang(u.kodeBidang(), "kodeBidang", problems);
        if (u.laki() == null || u.perempuan() == null || u.laki() < 0 || u.perempuan() < 0) {
            problems.add(FieldProblem.of("laki", "usulan.penerimaWajib"));
        } else if (u.miskin() != null && (u.miskin() < 0 || u.miskin() > u.laki() + u.perempuan())) {
            problems.add(FieldProblem.of("miskin", "usulan.miskinMelebihi"));
        }
        RencanaDesa.rupiah(u.biaya(), "biaya", problems);
        MusyawarahApi.Keputusan musdus = null;
        if (u.musdus() != null && !u.musdus().isBlank()) {
            musdus = aturan.keputusan(u.musdus(), code, me, "musdus", problems).orElse(null);
            if (musdus != null && musdus.jenis() != JenisMusyawarah.MUSDUS) {
                problems.add(FieldProblem.of("musdus", "usulan.bukanMusdus"));
            }
        }
        IndeksApi.KutipanData data = null;
        if (u.rujukanData() != null && !u.rujukanData().isBlank()) {
            data = indeks.kutipanData(code, u.rujukanData().trim()).orElse(null);
            if (data == null) {
                problems.add(FieldProblem.of("rujukanData", "usulan.rujukanDataTidakSah", u.rujukanData()));
            }
        }
        aturan.tahun(tahun, problems);
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems, "usulan.ditolak", problems.size());
        }
        return new Rujukan(bidang, musdus, data);
    }

    @Transactional
    public Usulan catatUsulan(String kodeDesa, int tahun, UsulanBaru u, PenggunaSaatIni me) {
        String code = apbdes.desaTerlihat(kodeDesa, me).kode();
        RencanaDesa.wajib(RencanaDesa.PENCATAT, me, "usulan.bukanPencatat");
        Rujukan ref = periksa(code, tahun, u, me);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO usulan (kode_desa, tahun, judul, lokasi, asal, kode_bidang, penerima_laki,"
                        + " penerima_perempuan, penerima_miskin, perkiraan_biaya, pengusul, musdus_id, musdus_agenda,"
                        + " rujukan_data, rujukan_label, status, dicatat_oleh, dicatat, versi) VALUES (:k, :t, :j, :l,"
                        + " :a, :b, :pl, :pp, :pm, :c, :p, :md, :ma, :rd, :rl, 'DIUSULKAN', :o, :w, 0)")
                .paramSource(isian(u, ref)
                        .addValue("k", code)
                        .addValue("t", tahun)
                        .addValue("o", me.username())
                        .addValue("w", Timestamp.from(Instant.now(clock))))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        Usulan saved = usulanSatu(id).orElseThrow();
        audit.record(AuditAction.BUAT, "perencanaan.Usulan", id, code, null, saved);
        return saved;
    }

    /**
     * Corrects a proposal not yet discussed in a Musdes; {@code versi} is the one the user saw, so
     * two people correcting the same proposal cannot overwrite each other.
     */
    @Transactional
    Usulan ubahUsulan(String kodeDesa, int tahun, long id, UsulanBaru u, Integer versi, PenggunaSaatIni me) {
        String code = apbdes.desaTerlihat(kodeDesa, me).kode();
        RencanaDesa.wajib(RencanaDesa.PENCATAT, me, "usulan.bukanPencatat");
        Usulan before = usulanSatu(id)
                .filter(x -> x.kodeDesa().equals(code) && x.tahun() == tahun)
                .orElseThrow(() -> new NotFoundException("usulan.tidakDitemukan"));
        if (before.status() != StatusUsulan.DIUSULKAN) {
            throw new RuleViolationException("usulan.sudahDibahas");
        }
        Rujukan ref = periksa(code, tahun, u, me);
        int changed = jdbc.sql("UPDATE usulan SET judul = :j, lokasi = :l, asal = :a, kode_bidang = :b,"
                        + " penerima_laki = :pl, penerima_perempuan = :pp, penerima_miskin = :pm, perkiraan_biaya = :c,"
                        + " pengusul = :p, musdus_id = :md, musdus_agenda = :ma, rujukan_data = :rd, rujukan_label = :rl,"
                        + " versi = versi + 1"
                        + " WHERE id = :id AND status = 'DIUSULKAN' AND versi = :v")
                .paramSource(isian(u, ref).addValue("id", id).addValue("v", versi == null ? before.versi() : versi))
                .update();
        if (changed == 0) {
            throw new ConflictException("konflik.versi");
        }
        Usulan after = usulanSatu(id).orElseThrow();
        audit.record(AuditAction.UBAH, "perencanaan.Usulan", id, code, before, after);
        return after;
    }

    /** Withdraws a proposal not yet discussed (entered twice, or withdrawn by its proposers). */
    @Transactional
    void hapusUsulan(String kodeDesa, int tahun, long id, PenggunaSaatIni me) {
        String code = apbdes.desaTerlihat(kodeDesa, me).kode();
        RencanaDesa.wajib(RencanaDesa.PENCATAT, me, "usulan.bukanPencatat");
        Usulan before = usulanSatu(id)
                .filter(x -> x.kodeDesa().equals(code) && x.tahun() == tahun)
                .orElseThrow(() -> new NotFoundException("usulan.tidakDitemukan"));
        if (jdbc.sql("DELETE FROM usulan WHERE id = :id AND status = 'DIUSULKAN'")
                        .param("id", id)
                        .update()
                == 0) {
            throw new RuleViolationException("usulan.sudahDibahas");
        }
        audit.record(AuditAction.HAPUS, "perencanaan.Usulan", id, code, before, null);
    }

    private static org.springframework.jdbc.core.namedparam.MapSqlParameterSource isian(UsulanBaru u, Rujukan ref) {
        return new org.springframework.jdbc.core.namedparam.MapSqlParameterSource()
                .addValue("j", u.judul().trim())
                .addValue("l", u.lokasi().trim())
                .addValue("a", u.asal().trim())
                .addValue("b", ref.bidang())
                .addValue("pl", u.laki())
                .addValue("pp", u.perempuan())
                .addValue("pm", u.miskin() == null ? 0 : u.miskin())
                .addValue("c", u.biaya())
                .addValue("p", u.pengusul().trim())
                .addValue("md", ref.musdus() == null ? null : ref.musdus().musyawarahId(), java.sql.Types.BIGINT)
                .addValue("ma", ref.musdus() == null ? null : ref.musdus().agenda(), java.sql.Types.INTEGER)
                .addValue("rd", ref.data() == null ? null : ref.data().rujukan(), java.sql.Types.VARCHAR)
                .addValue("rl", ref.data() == null ? null : ref.data().label(), java.sql.Types.VARCHAR);
    }

    /**
     * Records the Musdes's ordering of the year's proposals: the decision it was taken in, the
     * method, the value each proposal got and how many fit the RKPDes. Replaces an earlier
     * ordering of the same proposals (a later Musdes may revisit it).
     */
    @Transactional
    public List<Prioritas.Hasil> prioritaskan(
            String kodeDesa,
            int tahun,
            String rujukan,
            Prioritas.Metode metode,
            Map<Long, Integer> nilai,
            int kuota,
            PenggunaSaatIni me) {
        String code = apbdes.desaTerlihat(kodeDesa, me).kode();
        RencanaDesa.wajib(RencanaDesa.PENCATAT, me, "usulan.bukanPencatat");
        List<FieldProblem> problems = new ArrayList<>();
        MusyawarahApi.Keputusan decision = aturan.keputusanMusdes(rujukan, code, me, problems);
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems, problems.getFirst().messageKey());
        }
        Map<Long, Usulan> own = new LinkedHashMap<>();
        usulanDesa(code, tahun).forEach(u -> own.put(u.id(), u));
        for (Long id : nilai.keySet()) {
            if (!own.containsKey(id)) {
                throw new NotFoundException("usulan.tidakDitemukan");
            }
        }
        List<Prioritas.Hasil> result = Prioritas.urutkan(metode, nilai, kuota, decision.pemilih());
        for (Prioritas.Hasil h : result) {
            Usulan before = own.get(h.usulanId());
            jdbc.sql("UPDATE usulan SET status = :s, metode = :m, nilai = :n, peringkat = :p, musdes_id = :mi,"
                            + " musdes_agenda = :ma, versi = versi + 1 WHERE id = :id AND kode_desa = :k")
                    .param(
                            "s",
                            (h.prioritas() ? StatusUsulan.DIPRIORITASKAN : StatusUsulan.TIDAK_DIPRIORITASKAN).name())
                    .param("m", metode.name())
                    .param("n", h.nilai())
                    .param("p", h.peringkat())
                    .param("mi", decision.musyawarahId())
                    .param("ma", decision.agenda())
                    .param("id", h.usulanId())
                    .param("k", code)
                    .update();
            audit.record(
                    AuditAction.UBAH,
                    "perencanaan.Usulan",
                    h.usulanId(),
                    code,
                    before,
                    usulanSatu(h.usulanId()).orElseThrow());
        }
        return result;
    }
}
