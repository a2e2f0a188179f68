package id.pandudesa.perencanaan.internal;

import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.akun.Peran;
import id.pandudesa.musyawarah.JenisMusyawarah;
import id.pandudesa.musyawarah.MusyawarahApi;
import id.pandudesa.platform.ConflictException;
import id.pandudesa.platform.FieldProblem;
import id.pandudesa.platform.ForbiddenException;
import id.pandudesa.platform.NotFoundException;
import id.pandudesa.platform.RuleViolationException;
import id.pandudesa.platform.audit.AuditAction;
import id.pandudesa.platform.audit.AuditTrail;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The village's plans before the budget: proposals (usulan) from dusun and groups, their
 * prioritisation in a Musdes, the six-year RPJMDes and the annual RKPDes. Every decision is
 * tied to the musyawarah that took it, through {@link MusyawarahApi}; nothing here decides on
 * its own.
 */
@Service
class RencanaDesa {

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

    record Usulan(
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
            int versi) {

        public int penerima() {
            return laki + perempuan;
        }
    }

    record UsulanBaru(
            String judul,
            String lokasi,
            String asal,
            String kodeBidang,
            Integer laki,
            Integer perempuan,
            Integer miskin,
            Long biaya,
            String pengusul,
            String musdus) {}

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

    record Program(long id, int tahun, String kodeBidang, String uraian, long biaya) {}

    record Rkpdes(long id, String kodeDesa, int tahun, String status, Long musdesId, Integer musdesAgenda, int versi) {

        public boolean ditetapkan() {
            return "DITETAPKAN".equals(status);
        }
    }

    record Kegiatan(
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

    record KegiatanBaru(
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

    private final JdbcClient jdbc;
    private final ApbdesService apbdes;
    private final KodeApbdes codes;
    private final MusyawarahApi musyawarah;
    private final AuditTrail audit;
    private final Clock clock;

    RencanaDesa(
            JdbcClient jdbc,
            ApbdesService apbdes,
            KodeApbdes codes,
            MusyawarahApi musyawarah,
            AuditTrail audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.apbdes = apbdes;
        this.codes = codes;
        this.musyawarah = musyawarah;
        this.audit = audit;
        this.clock = clock;
    }

    // ---- Usulan ---------------------------------------------------------------------------

    @Transactional(readOnly = true)
    List<Usulan> usulan(String kodeDesa, int tahun, PenggunaSaatIni me) {
        String code = apbdes.desaTerlihat(kodeDesa, me).kode();
        return usulanDesa(code, tahun);
    }

    List<Usulan> usulanDesa(String code, int tahun) {
        return jdbc.sql("SELECT * FROM usulan WHERE kode_desa = :k AND tahun = :t"
                        + " ORDER BY CASE WHEN peringkat IS NULL THEN 1 ELSE 0 END, peringkat, id LIMIT "
                        + MAKS_USULAN)
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
    private record Rujukan(String bidang, MusyawarahApi.Keputusan musdus) {}

    private Rujukan periksa(String code, int tahun, UsulanBaru u, PenggunaSaatIni me) {
        List<FieldProblem> problems = new ArrayList<>();
        teks(u.judul(), "judul", 200, problems);
        teks(u.lokasi(), "lokasi", 200, problems);
        teks(u.asal(), "asal", 150, problems);
        teks(u.pengusul(), "pengusul", 150, problems);
        String bidang = kodeBidang(u.kodeBidang(), "kodeBidang", problems);
        if (u.laki() == null || u.perempuan() == null || u.laki() < 0 || u.perempuan() < 0) {
            problems.add(FieldProblem.of("laki", "usulan.penerimaWajib"));
        } else if (u.miskin() != null && (u.miskin() < 0 || u.miskin() > u.laki() + u.perempuan())) {
            problems.add(FieldProblem.of("miskin", "usulan.miskinMelebihi"));
        }
        rupiah(u.biaya(), "biaya", problems);
        MusyawarahApi.Keputusan musdus = null;
        if (u.musdus() != null && !u.musdus().isBlank()) {
            musdus = keputusan(u.musdus(), code, me, "musdus", problems).orElse(null);
            if (musdus != null && musdus.jenis() != JenisMusyawarah.MUSDUS) {
                problems.add(FieldProblem.of("musdus", "usulan.bukanMusdus"));
            }
        }
        tahun(tahun, problems);
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems, "usulan.ditolak", problems.size());
        }
        return new Rujukan(bidang, musdus);
    }

    @Transactional
    Usulan catatUsulan(String kodeDesa, int tahun, UsulanBaru u, PenggunaSaatIni me) {
        String code = apbdes.desaTerlihat(kodeDesa, me).kode();
        wajib(PENCATAT, me, "usulan.bukanPencatat");
        Rujukan ref = periksa(code, tahun, u, me);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO usulan (kode_desa, tahun, judul, lokasi, asal, kode_bidang, penerima_laki,"
                        + " penerima_perempuan, penerima_miskin, perkiraan_biaya, pengusul, musdus_id, musdus_agenda,"
                        + " status, dicatat_oleh, dicatat, versi) VALUES (:k, :t, :j, :l, :a, :b, :pl, :pp, :pm, :c,"
                        + " :p, :md, :ma, 'DIUSULKAN', :o, :w, 0)")
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
        wajib(PENCATAT, me, "usulan.bukanPencatat");
        Usulan before = usulanSatu(id)
                .filter(x -> x.kodeDesa().equals(code) && x.tahun() == tahun)
                .orElseThrow(() -> new NotFoundException("usulan.tidakDitemukan"));
        if (before.status() != StatusUsulan.DIUSULKAN) {
            throw new RuleViolationException("usulan.sudahDibahas");
        }
        Rujukan ref = periksa(code, tahun, u, me);
        int changed = jdbc.sql("UPDATE usulan SET judul = :j, lokasi = :l, asal = :a, kode_bidang = :b,"
                        + " penerima_laki = :pl, penerima_perempuan = :pp, penerima_miskin = :pm, perkiraan_biaya = :c,"
                        + " pengusul = :p, musdus_id = :md, musdus_agenda = :ma, versi = versi + 1"
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
        wajib(PENCATAT, me, "usulan.bukanPencatat");
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
                .addValue("ma", ref.musdus() == null ? null : ref.musdus().agenda(), java.sql.Types.INTEGER);
    }

    /**
     * Records the Musdes's ordering of the year's proposals: the decision it was taken in, the
     * method, the value each proposal got and how many fit the RKPDes. Replaces an earlier
     * ordering of the same proposals (a later Musdes may revisit it).
     */
    @Transactional
    List<Prioritas.Hasil> prioritaskan(
            String kodeDesa,
            int tahun,
            String rujukan,
            Prioritas.Metode metode,
            Map<Long, Integer> nilai,
            int kuota,
            PenggunaSaatIni me) {
        String code = apbdes.desaTerlihat(kodeDesa, me).kode();
        wajib(PENCATAT, me, "usulan.bukanPencatat");
        List<FieldProblem> problems = new ArrayList<>();
        MusyawarahApi.Keputusan decision = keputusanMusdes(rujukan, code, me, problems);
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

    // ---- RPJMDes --------------------------------------------------------------------------

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
                .query((rs, n) ->
                        new Program(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getLong(5)))
                .list();
    }

    @Transactional
    Rpjmdes buatRpjmdes(String kodeDesa, Integer tahunAwal, String visi, String misi, PenggunaSaatIni me) {
        String code = apbdes.desaTerlihat(kodeDesa, me).kode();
        wajib(PENYUSUN, me, "rpjmdes.bukanPenyusun");
        List<FieldProblem> problems = new ArrayList<>();
        if (tahunAwal == null) {
            problems.add(FieldProblem.of("tahunAwal", "perencanaan.tahunTidakValid", ""));
        } else {
            tahun(tahunAwal, problems);
        }
        teks(visi, "visi", 1000, problems);
        teks(misi, "misi", 4000, problems);
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
    Program tambahProgram(
            String kodeDesa,
            int tahunAwal,
            Integer tahun,
            String kodeBidang,
            String uraian,
            Long biaya,
            PenggunaSaatIni me) {
        String code = apbdes.desaTerlihat(kodeDesa, me).kode();
        wajib(PENYUSUN, me, "rpjmdes.bukanPenyusun");
        Rpjmdes r = rpjmdesAwal(code, tahunAwal);
        if (r.ditetapkan()) {
            throw new RuleViolationException("rpjmdes.sudahDitetapkan");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (tahun == null || tahun < r.tahunAwal() || tahun > r.tahunAkhir()) {
            problems.add(FieldProblem.of("tahun", "rpjmdes.tahunDiLuar", r.tahunAwal() + "–" + r.tahunAkhir()));
        }
        String bidang = kodeBidang(kodeBidang, "kodeBidang", problems);
        teks(uraian, "uraian", 300, problems);
        rupiah(biaya, "biaya", problems);
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
    Rpjmdes tetapkanRpjmdes(String kodeDesa, int tahunAwal, String rujukan, Integer versi, PenggunaSaatIni me) {
        String code = apbdes.desaTerlihat(kodeDesa, me).kode();
        if (me.peran() != Peran.PEMDES) {
            throw new ForbiddenException("perencanaan.hanyaPemdesMenetapkan");
        }
        Rpjmdes r = rpjmdesAwal(code, tahunAwal);
        List<FieldProblem> problems = new ArrayList<>();
        MusyawarahApi.Keputusan decision = keputusanMusdes(rujukan, code, me, problems);
        if (problems.isEmpty() && program(r.id()).isEmpty()) {
            problems.add(FieldProblem.of("program", "rpjmdes.tanpaProgram"));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems, problems.getFirst().messageKey());
        }
        tetapkan("rpjmdes", r.id(), decision, versi, me, r.ditetapkan() ? "rpjmdes.sudahDitetapkan" : "konflik.versi");
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

    // ---- RKPDes ---------------------------------------------------------------------------

    Optional<Rkpdes> rkpdes(String code, int tahun) {
        return jdbc.sql("SELECT id, kode_desa, tahun, status, musdes_id, musdes_agenda, versi FROM rkpdes"
                        + " WHERE kode_desa = :k AND tahun = :t")
                .param("k", code)
                .param("t", tahun)
                .query((rs, n) -> new Rkpdes(
                        rs.getLong("id"),
                        rs.getString("kode_desa"),
                        rs.getInt("tahun"),
                        rs.getString("status"),
                        nullableLong(rs, "musdes_id"),
                        nullableInt(rs, "musdes_agenda"),
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
    Kegiatan tambahKegiatan(String kodeDesa, int tahun, KegiatanBaru k, PenggunaSaatIni me) {
        String code = apbdes.desaTerlihat(kodeDesa, me).kode();
        wajib(PENYUSUN, me, "rkpdes.bukanPenyusun");
        List<FieldProblem> problems = new ArrayList<>();
        tahun(tahun, problems);
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
        teks(k.nama(), "nama", 300, problems);
        teks(k.lokasi(), "lokasi", 200, problems);
        teks(k.satuan(), "satuan", 30, problems);
        teks(k.sasaran(), "sasaran", 300, problems);
        teks(k.waktu(), "waktu", 100, problems);
        teks(k.pelaksana(), "pelaksana", 150, problems);
        if (k.volume() == null
                || k.volume().signum() <= 0
                || k.volume().scale() > 2
                || k.volume().compareTo(new BigDecimal("999999999999")) > 0) {
            problems.add(FieldProblem.of("volume", "rkpdes.volumeTidakValid"));
        }
        rupiah(k.biaya(), "biaya", problems);
        SumberDana source = null;
        try {
            source = SumberDana.valueOf(k.sumberDana() == null ? "" : k.sumberDana());
        } catch (IllegalArgumentException e) {
            problems.add(FieldProblem.of("sumberDana", "rkpdes.sumberWajib"));
        }
        if (k.usulanId() != null) {
            Optional<Usulan> u =
                    usulanSatu(k.usulanId()).filter(x -> x.kodeDesa().equals(code));
            if (u.isEmpty() || u.get().tahun() != tahun || u.get().status() != StatusUsulan.DIPRIORITASKAN) {
                problems.add(FieldProblem.of("usulanId", "rkpdes.usulanBelumPrioritas"));
            }
        }
        if (k.programId() != null) {
            boolean planned = rpjmdesUntuk(code, tahun)
                    .map(r -> program(r.id()).stream().anyMatch(p -> p.id() == k.programId() && p.tahun() == tahun))
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
    Rkpdes tetapkanRkpdes(String kodeDesa, int tahun, String rujukan, Integer versi, PenggunaSaatIni me) {
        String code = apbdes.desaTerlihat(kodeDesa, me).kode();
        if (me.peran() != Peran.PEMDES) {
            throw new ForbiddenException("perencanaan.hanyaPemdesMenetapkan");
        }
        Rkpdes r = rkpdes(code, tahun).orElseThrow(() -> new NotFoundException("rkpdes.tidakDitemukan"));
        List<FieldProblem> problems = new ArrayList<>();
        MusyawarahApi.Keputusan decision = keputusanMusdes(rujukan, code, me, problems);
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems, problems.getFirst().messageKey());
        }
        tetapkan("rkpdes", r.id(), decision, versi, me, r.ditetapkan() ? "rkpdes.sudahDitetapkan" : "konflik.versi");
        Rkpdes after = rkpdes(code, tahun).orElseThrow();
        audit.record(AuditAction.UBAH, "perencanaan.Rkpdes", r.id(), code, r, after);
        return after;
    }

    // ---- decisions and checks -------------------------------------------------------------

    /** Adopts a draft plan document citing the decision; refused when adopted or changed meanwhile. */
    private void tetapkan(
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

    private Optional<MusyawarahApi.Keputusan> keputusan(
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

    static void wajib(Set<Peran> roles, PenggunaSaatIni me, String key) {
        if (!roles.contains(me.peran())) {
            throw new ForbiddenException(key);
        }
    }

    private String kodeBidang(String kode, String field, List<FieldProblem> problems) {
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

    private void tahun(int tahun, List<FieldProblem> problems) {
        int now = java.time.Year.now(clock.withZone(java.time.ZoneId.of("Asia/Jakarta")))
                .getValue();
        if (tahun < 2015 || tahun > now + 6) {
            problems.add(FieldProblem.of("tahun", "perencanaan.tahunTidakValid", String.valueOf(tahun)));
        }
    }

    private static void teks(String value, String field, int max, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(FieldProblem.of(field, "perencanaan.wajibDiisi"));
        } else if (value.trim().length() > max) {
            problems.add(FieldProblem.of(field, "perencanaan.terlaluPanjang", max));
        }
    }

    private static void rupiah(Long value, String field, List<FieldProblem> problems) {
        if (value == null) {
            problems.add(FieldProblem.of(field, "perencanaan.rupiahWajib"));
        } else if (value < 0) {
            problems.add(FieldProblem.of(field, "perencanaan.rupiahNegatif"));
        } else if (value > 1_000_000_000_000L) {
            problems.add(FieldProblem.of(field, "perencanaan.rupiahTerlaluBesar"));
        }
    }

    private static Usulan usulanDari(ResultSet rs, int n) throws SQLException {
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
                rs.getInt("versi"));
    }

    private static Rpjmdes rpjmdesDari(ResultSet rs, int n) throws SQLException {
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

    private static Kegiatan kegiatanDari(ResultSet rs, int n) throws SQLException {
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

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    private static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }
}
