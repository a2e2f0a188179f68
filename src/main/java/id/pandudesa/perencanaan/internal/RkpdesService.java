package id.pandudesa.perencanaan.internal;

import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.akun.Peran;
import id.pandudesa.musyawarah.MusyawarahApi;
import id.pandudesa.perencanaan.internal.RencanaDesa.Kegiatan;
import id.pandudesa.perencanaan.internal.RencanaDesa.KegiatanBaru;
import id.pandudesa.perencanaan.internal.RencanaDesa.Rkpdes;
import id.pandudesa.perencanaan.internal.RencanaDesa.StatusUsulan;
import id.pandudesa.perencanaan.internal.RencanaDesa.SumberDana;
import id.pandudesa.perencanaan.internal.RencanaDesa.Usulan;
import id.pandudesa.platform.FieldProblem;
import id.pandudesa.platform.ForbiddenException;
import id.pandudesa.platform.NotFoundException;
import id.pandudesa.platform.RuleViolationException;
import id.pandudesa.platform.audit.AuditAction;
import id.pandudesa.platform.audit.AuditTrail;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The annual work plan (RKPDes) of a desa: its activities from proposals and programmes, adoption citing a Musdes decision. */
@Service
public class RkpdesService {

    private final JdbcClient jdbc;
    private final ApbdesService apbdes;
    private final AuditTrail audit;
    private final AturanRencana aturan;
    private final Clock clock;
    private final KodeApbdes codes;
    private final UsulanService usulan;
    private final RpjmdesService rpjmdes;

    public RkpdesService(
            JdbcClient jdbc,
            ApbdesService apbdes,
            AuditTrail audit,
            AturanRencana aturan,
            Clock clock,
            KodeApbdes codes,
            UsulanService usulan,
            RpjmdesService rpjmdes) {
        this.jdbc = jdbc;
        this.apbdes = apbdes;
        this.audit = audit;
        this.aturan = aturan;
        this.clock = clock;
        this.codes = codes;
        this.usulan = usulan;
        this.rpjmdes = rpjmdes;
    }

    public Optional<Rkpdes> rkpdes(String code, int tahun) {
        return jdbc.sql("SELECT id, kode_desa, tahun, status, musdes_id, musdes_agenda, versi FROM rkpdes"
                        + " WHERE kode_desa = :k AND tahun = :t")
                .param("k", code)
                .param("t", tahun)
                .query((rs, n) -> new Rkpdes(
                        rs.getLong("id"),
                        rs.getString("kode_desa"),
                        rs.getInt("tahun"),
                        rs.getString("status"),
                        RencanaDesa.nullableLong(rs, "musdes_id"),
                        RencanaDesa.nullableInt(rs, "musdes_agenda"),
                        rs.getInt("versi")))
                .optional();
    }

    List<Kegiatan> kegiatan(long rkpdesId) {
        return jdbc.sql("SELECT * FROM rkpdes_kegiatan WHERE rkpdes_id = :r ORDER BY kode_kegiatan, id")
                .param("r", rkpdesId)
                .query(RencanaDesa::kegiatanDari)
                .list();
    }

    Optional<Kegiatan> kegiatanSatu(long id) {
        return jdbc.sql("SELECT * FROM rkpdes_kegiatan WHERE id = :id")
                .param("id", id)
                .query(RencanaDesa::kegiatanDari)
                .optional();
    }

    /**
     * Adds a kegiatan to the desa-year's RKPDes (started as a draft by the first kegiatan). A
     * kegiatan taken from a proposal needs the proposal prioritised for that year; one from the
     * RPJMDes needs the programme planned for that year.
     */
    @Transactional
    public Kegiatan tambahKegiatan(String kodeDesa, int tahun, KegiatanBaru k, PenggunaSaatIni me) {
        String code = apbdes.desaTerlihat(kodeDesa, me).kode();
        RencanaDesa.wajib(RencanaDesa.PENYUSUN, me, "rkpdes.bukanPenyusun");
        List<FieldProblem> problems = new ArrayList<>();
        aturan.tahun(tahun, problems);
        Optional<Rkpdes> existing = rkpdes(code, tahun);
        if (existing.isPresent() && existing.get().ditetapkan()) {
            throw new RuleViolationException("rkpdes.sudahDitetapkan");
        }
        String kegiatanCode = null;
        if (k.kodeKegiatan() == null || k.kodeKegiatan().isBlank()) {
            problems.add(FieldProblem.of("kodeKegiatan", "rkpdes.kodeWajib"));
        } else {
            kegiatanCode = codes.kegiatan(k.kodeKegiatan().trim())
                    .map(KodeApbdes.Kode::kode)
                    .orElse(null);
            if (kegiatanCode == null) {
                problems.add(FieldProblem.of("kodeKegiatan", "rkpdes.kodeTidakDikenal", k.kodeKegiatan()));
            }
        }
        RencanaDesa.teks(k.nama(), "nama", 300, problems);
        RencanaDesa.teks(k.lokasi(), "lokasi", 200, problems);
        RencanaDesa.teks(k.satuan(), "satuan", 30, problems);
        RencanaDesa.teks(k.sasaran(), "sasaran", 300, problems);
        RencanaDesa.teks(k.waktu(), "waktu", 100, problems);
        RencanaDesa.teks(k.pelaksana(), "pelaksana", 150, problems);
        if (k.volume() == null
                || k.volume().signum() <= 0
                || k.volume().scale() > 2
                || k.volume().compareTo(new BigDecimal("999999999999")) > 0) {
            problems.add(FieldProblem.of("volume", "rkpdes.volumeTidakValid"));
        }
        RencanaDesa.rupiah(k.biaya(), "biaya", problems);
        SumberDana source = null;
        try {
            source = SumberDana.valueOf(k.sumberDana() == null ? "" : k.sumberDana());
        } catch (IllegalArgumentException e) {
            problems.add(FieldProblem.of("sumberDana", "rkpdes.sumberWajib"));
        }
        if (k.usulanId() != null) {
            Optional<Usulan> u =
                    usulan.usulanSatu(k.usulanId()).filter(x -> x.kodeDesa().equals(code));
            if (u.isEmpty() || u.get().tahun() != tahun || u.get().status() != StatusUsulan.DIPRIORITASKAN) {
                problems.add(FieldProblem.of("usulanId", "rkpdes.usulanBelumPrioritas"));
            }
        }
        if (k.programId() != null) {
            boolean planned = rpjmdes.rpjmdesUntuk(code, tahun)
                    .map(r -> rpjmdes.program(r.id()).stream()
                            .anyMatch(p -> p.id() == k.programId() && p.tahun() == tahun))
                    .orElse(false);
            if (!planned) {
                problems.add(FieldProblem.of("programId", "rkpdes.programTidakSesuai"));
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems, "rkpdes.ditolak", problems.size());
        }
        long rkpdesId = existing.map(Rkpdes::id).orElseGet(() -> {
            jdbc.sql("INSERT INTO rkpdes (kode_desa, tahun, status, versi) VALUES (:k, :t, 'DRAF', 0)")
                    .param("k", code)
                    .param("t", tahun)
                    .update();
            Rkpdes created = rkpdes(code, tahun).orElseThrow();
            audit.record(AuditAction.BUAT, "perencanaan.Rkpdes", created.id(), code, null, created);
            return created.id();
        });
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO rkpdes_kegiatan (rkpdes_id, kode_desa, kode_kegiatan, nama, lokasi, volume, satuan,"
                        + " sasaran, waktu, biaya, sumber_dana, pelaksana, usulan_id, program_id, dibuat_oleh, dibuat)"
                        + " VALUES (:r, :k, :kk, :n, :l, :v, :s, :sa, :w, :b, :sd, :p, :u, :pr, :o, :t)")
                .param("r", rkpdesId)
                .param("k", code)
                .param("kk", kegiatanCode)
                .param("n", k.nama().trim())
                .param("l", k.lokasi().trim())
                .param("v", k.volume())
                .param("s", k.satuan().trim())
                .param("sa", k.sasaran().trim())
                .param("w", k.waktu().trim())
                .param("b", k.biaya())
                .param("sd", source.name())
                .param("p", k.pelaksana().trim())
                .param("u", k.usulanId())
                .param("pr", k.programId())
                .param("o", me.username())
                .param("t", Timestamp.from(Instant.now(clock)))
                .update(keys, "id");
        Kegiatan saved = kegiatanSatu(keys.getKey().longValue()).orElseThrow();
        audit.record(AuditAction.BUAT, "perencanaan.RkpdesKegiatan", saved.id(), code, null, saved);
        return saved;
    }

    @Transactional
    public Rkpdes tetapkanRkpdes(String kodeDesa, int tahun, String rujukan, Integer versi, PenggunaSaatIni me) {
        String code = apbdes.desaTerlihat(kodeDesa, me).kode();
        if (me.peran() != Peran.PEMDES) {
            throw new ForbiddenException("perencanaan.hanyaPemdesMenetapkan");
        }
        Rkpdes r = rkpdes(code, tahun).orElseThrow(() -> new NotFoundException("rkpdes.tidakDitemukan"));
        List<FieldProblem> problems = new ArrayList<>();
        MusyawarahApi.Keputusan decision = aturan.keputusanMusdes(rujukan, code, me, problems);
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems, problems.getFirst().messageKey());
        }
        aturan.tetapkan(
                "rkpdes", r.id(), decision, versi, me, r.ditetapkan() ? "rkpdes.sudahDitetapkan" : "konflik.versi");
        Rkpdes after = rkpdes(code, tahun).orElseThrow();
        audit.record(AuditAction.UBAH, "perencanaan.Rkpdes", r.id(), code, r, after);
        return after;
    }
}
