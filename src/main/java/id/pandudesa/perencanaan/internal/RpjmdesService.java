package id.pandudesa.perencanaan.internal;

import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.akun.Peran;
import id.pandudesa.musyawarah.MusyawarahApi;
import id.pandudesa.perencanaan.internal.RencanaDesa.Program;
import id.pandudesa.perencanaan.internal.RencanaDesa.Rpjmdes;
import id.pandudesa.platform.FieldProblem;
import id.pandudesa.platform.ForbiddenException;
import id.pandudesa.platform.NotFoundException;
import id.pandudesa.platform.RuleViolationException;
import id.pandudesa.platform.audit.AuditAction;
import id.pandudesa.platform.audit.AuditTrail;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The six-year plan (RPJMDes) of a desa: vision, mission, programmes, adoption citing a Musdes decision. */
@Service
public class RpjmdesService {

    private final JdbcClient jdbc;
    private final ApbdesService apbdes;
    private final AuditTrail audit;
    private final AturanRencana aturan;

    public RpjmdesService(JdbcClient jdbc, ApbdesService apbdes, AuditTrail audit, AturanRencana aturan) {
        this.jdbc = jdbc;
        this.apbdes = apbdes;
        this.audit = audit;
        this.aturan = aturan;
    }

    /** The RPJMDes whose six years include {@code tahun}. */
    Optional<Rpjmdes> rpjmdesUntuk(String code, int tahun) {
        return jdbc
                .sql("SELECT * FROM rpjmdes WHERE kode_desa = :k AND tahun_awal <= :t AND tahun_awal + 5 >= :t"
                        + " ORDER BY tahun_awal DESC")
                .param("k", code)
                .param("t", tahun)
                .query(RencanaDesa::rpjmdesDari)
                .list()
                .stream()
                .findFirst();
    }

    List<Program> program(long rpjmdesId) {
        return jdbc.sql("SELECT id, tahun, kode_bidang, uraian, perkiraan_biaya FROM rpjmdes_program"
                        + " WHERE rpjmdes_id = :r ORDER BY tahun, kode_bidang, id")
                .param("r", rpjmdesId)
                .query((rs, n) -> new Program(
                        rs.getLong("id"),
                        rs.getInt("tahun"),
                        rs.getString("kode_bidang"),
                        rs.getString("uraian"),
                        rs.getLong("perkiraan_biaya")))
                .list();
    }

    @Transactional
    public Rpjmdes buatRpjmdes(String kodeDesa, Integer tahunAwal, String visi, String misi, PenggunaSaatIni me) {
        String code = apbdes.desaTerlihat(kodeDesa, me).kode();
        RencanaDesa.wajib(RencanaDesa.PENYUSUN, me, "rpjmdes.bukanPenyusun");
        List<FieldProblem> problems = new ArrayList<>();
        if (tahunAwal == null) {
            problems.add(FieldProblem.of("tahunAwal", "perencanaan.tahunTidakValid", ""));
        } else {
            aturan.tahun(tahunAwal, problems);
        }
        RencanaDesa.teks(visi, "visi", 1000, problems);
        RencanaDesa.teks(misi, "misi", 4000, problems);
        if (problems.isEmpty() && rpjmdesUntuk(code, tahunAwal).isPresent()
                || problems.isEmpty() && rpjmdesUntuk(code, tahunAwal + 5).isPresent()) {
            problems.add(FieldProblem.of("tahunAwal", "rpjmdes.bertumpuk"));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems, "rpjmdes.ditolak", problems.size());
        }
        jdbc.sql("INSERT INTO rpjmdes (kode_desa, tahun_awal, visi, misi, status, dibuat_oleh, versi)"
                        + " VALUES (:k, :t, :v, :m, 'DRAF', :o, 0)")
                .param("k", code)
                .param("t", tahunAwal)
                .param("v", visi.trim())
                .param("m", misi.trim())
                .param("o", me.username())
                .update();
        Rpjmdes saved = rpjmdesUntuk(code, tahunAwal).orElseThrow();
        audit.record(AuditAction.BUAT, "perencanaan.Rpjmdes", saved.id(), code, null, saved);
        return saved;
    }

    @Transactional
    public Program tambahProgram(
            String kodeDesa,
            int tahunAwal,
            Integer tahun,
            String kodeBidang,
            String uraian,
            Long biaya,
            PenggunaSaatIni me) {
        String code = apbdes.desaTerlihat(kodeDesa, me).kode();
        RencanaDesa.wajib(RencanaDesa.PENYUSUN, me, "rpjmdes.bukanPenyusun");
        Rpjmdes r = rpjmdesAwal(code, tahunAwal);
        if (r.ditetapkan()) {
            throw new RuleViolationException("rpjmdes.sudahDitetapkan");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (tahun == null || tahun < r.tahunAwal() || tahun > r.tahunAkhir()) {
            problems.add(FieldProblem.of("tahun", "rpjmdes.tahunDiLuar", r.tahunAwal() + "–" + r.tahunAkhir()));
        }
        String bidang = aturan.kodeBidang(kodeBidang, "kodeBidang", problems);
        RencanaDesa.teks(uraian, "uraian", 300, problems);
        RencanaDesa.rupiah(biaya, "biaya", problems);
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems, "rpjmdes.ditolak", problems.size());
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO rpjmdes_program (rpjmdes_id, kode_desa, tahun, kode_bidang, uraian, perkiraan_biaya)"
                        + " VALUES (:r, :k, :t, :b, :u, :c)")
                .param("r", r.id())
                .param("k", code)
                .param("t", tahun)
                .param("b", bidang)
                .param("u", uraian.trim())
                .param("c", biaya)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        Program saved =
                program(r.id()).stream().filter(p -> p.id() == id).findFirst().orElseThrow();
        audit.record(AuditAction.BUAT, "perencanaan.RpjmdesProgram", saved.id(), code, null, saved);
        return saved;
    }

    @Transactional
    public Rpjmdes tetapkanRpjmdes(String kodeDesa, int tahunAwal, String rujukan, Integer versi, PenggunaSaatIni me) {
        String code = apbdes.desaTerlihat(kodeDesa, me).kode();
        if (me.peran() != Peran.PEMDES) {
            throw new ForbiddenException("perencanaan.hanyaPemdesMenetapkan");
        }
        Rpjmdes r = rpjmdesAwal(code, tahunAwal);
        List<FieldProblem> problems = new ArrayList<>();
        MusyawarahApi.Keputusan decision = aturan.keputusanMusdes(rujukan, code, me, problems);
        if (problems.isEmpty() && program(r.id()).isEmpty()) {
            problems.add(FieldProblem.of("program", "rpjmdes.tanpaProgram"));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems, problems.getFirst().messageKey());
        }
        aturan.tetapkan(
                "rpjmdes", r.id(), decision, versi, me, r.ditetapkan() ? "rpjmdes.sudahDitetapkan" : "konflik.versi");
        Rpjmdes after = rpjmdesAwal(code, tahunAwal);
        audit.record(AuditAction.UBAH, "perencanaan.Rpjmdes", r.id(), code, r, after);
        return after;
    }

    private Rpjmdes rpjmdesAwal(String code, int tahunAwal) {
        return jdbc.sql("SELECT * FROM rpjmdes WHERE kode_desa = :k AND tahun_awal = :t")
                .param("k", code)
                .param("t", tahunAwal)
                .query(RencanaDesa::rpjmdesDari)
                .optional()
                .orElseThrow(() -> new NotFoundException("rpjmdes.tidakDitemukan"));
    }
}
