package id.pandudesa.kerjasama.internal;

import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.akun.Peran;
import id.pandudesa.akun.WilayahTerlihat;
import id.pandudesa.ekonomi.EkonomiApi;
import id.pandudesa.kerjasama.internal.Kerjasama.Jenis;
import id.pandudesa.kerjasama.internal.Kerjasama.JenisMitra;
import id.pandudesa.kerjasama.internal.Kerjasama.Mitra;
import id.pandudesa.kerjasama.internal.Kerjasama.Perjanjian;
import id.pandudesa.kerjasama.internal.Kerjasama.Status;
import id.pandudesa.musyawarah.JenisMusyawarah;
import id.pandudesa.musyawarah.MusyawarahApi;
import id.pandudesa.platform.ConflictException;
import id.pandudesa.platform.FieldProblem;
import id.pandudesa.platform.ForbiddenException;
import id.pandudesa.platform.NotFoundException;
import id.pandudesa.platform.RuleViolationException;
import id.pandudesa.platform.Teks;
import id.pandudesa.platform.audit.AuditAction;
import id.pandudesa.platform.audit.AuditTrail;
import id.pandudesa.platform.storage.Berkas;
import id.pandudesa.platform.storage.FileService;
import id.pandudesa.wilayah.Wilayah;
import id.pandudesa.wilayah.WilayahApi;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A desa's cooperation agreements: built through the six steps of seed 004 in order, each citing
 * its evidence, and signed once the first five are done (partners live in {@link MitraService},
 * reviews in {@link RefleksiService}, lists in {@link KerjasamaQueries}). An agreement is seen by
 * users whose scope covers any desa taking part and managed by the recorders of the desa that
 * started it.
 */
@Service
public class KerjasamaService {

    /** Who records cooperation: the village government and cadres with their facilitators. */
    static final Set<Peran> PENCATAT = EnumSet.of(Peran.PEMDES, Peran.KPMD, Peran.PLD, Peran.PD, Peran.ADMIN);

    /** The meetings a village holds itself, accepted where a third-party cooperation has no MAD. */
    static final Set<JenisMusyawarah> MUSDES = EnumSet.of(
            JenisMusyawarah.MUSDES,
            JenisMusyawarah.MUSDESUS,
            JenisMusyawarah.MUSDES_PERENCANAAN,
            JenisMusyawarah.MUSDES_RKPDES,
            JenisMusyawarah.MUSDES_APBDES,
            JenisMusyawarah.MUSRENBANGDES);

    private static final String KOLOM = "id, kode_desa, jenis, judul, ruang_lingkup, nilai, mulai, selesai, perdes,"
            + " nomor_perjanjian, musyawarah_id, bkad_id, status, ditandatangani, berkas_id, versi";

    private final JdbcClient jdbc;
    private final WilayahApi wilayah;
    private final MusyawarahApi musyawarah;
    private final EkonomiApi ekonomi;
    private final FileService files;
    private final AuditTrail audit;
    private final Clock clock;
    private final int hariPeringatan;

    private final WilayahTerlihat terlihat;
    private final MitraService mitraService;

    public KerjasamaService(
            WilayahTerlihat terlihat,
            MitraService mitraService,
            JdbcClient jdbc,
            WilayahApi wilayah,
            MusyawarahApi musyawarah,
            EkonomiApi ekonomi,
            FileService files,
            AuditTrail audit,
            Clock clock,
            @Value("${pandu.kerjasama.peringatan-hari:90}") int hariPeringatan) {
        this.terlihat = terlihat;
        this.mitraService = mitraService;
        this.jdbc = jdbc;
        this.wilayah = wilayah;
        this.musyawarah = musyawarah;
        this.ekonomi = ekonomi;
        this.files = files;
        this.audit = audit;
        this.clock = clock;
        this.hariPeringatan = hariPeringatan;
    }

    int hariPeringatan() {
        return hariPeringatan;
    }

    public LocalDate hariIni() {
        return LocalDate.now(clock.withZone(ZoneId.of("Asia/Jakarta")));
    }

    /** A region in the user's scope, else 404 (a region out of scope is not revealed). */
    Wilayah terlihat(String kode, PenggunaSaatIni me) {
        return terlihat.wilayah(kode, me, "kerjasama.wilayahTidakDitemukan");
    }

    static boolean bolehCatat(PenggunaSaatIni me, String kodeDesa) {
        return PENCATAT.contains(me.peran()) && me.mencakup(kodeDesa);
    }

    // ---- agreements ----

    /**
     * Starts an agreement as a draft with its parties (partners of the desa's list): between
     * villages only partner villages; with third parties at least one partner that is not a village.
     */
    @Transactional
    public long mulai(
            Wilayah desa,
            String jenis,
            String judul,
            String ruangLingkup,
            List<Long> mitraIds,
            Long bkadId,
            PenggunaSaatIni me) {
        if (!bolehCatat(me, desa.kode())) {
            throw new ForbiddenException("kerjasama.bukanPencatat");
        }
        List<FieldProblem> problems = new ArrayList<>();
        Jenis j = Teks.pilihan(Jenis.class, jenis);
        if (j == null) {
            problems.add(FieldProblem.of("jenis", "kerjasama.pilihanTidakSah"));
        }
        String t = Teks.baris(judul);
        if (t == null || t.length() > 200) {
            problems.add(FieldProblem.of("judul", "kerjasama.wajibDiisi"));
        }
        String r = Teks.bersih(ruangLingkup);
        if (r != null && r.length() > 2000) {
            problems.add(FieldProblem.of("ruangLingkup", "kerjasama.terlaluPanjang", 2000));
        }
        Map<Long, Mitra> own = new LinkedHashMap<>();
        mitraService.mitra(desa.kode()).forEach(m -> own.put(m.id(), m));
        List<Mitra> parties = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(mitraIds)) {
            Mitra m = own.get(id);
            if (m == null) {
                problems.add(FieldProblem.of("mitra", "kerjasama.mitraTidakAda", id));
            } else {
                parties.add(m);
            }
        }
        if (parties.isEmpty()) {
            problems.add(FieldProblem.of("mitra", "kerjasama.mitraWajib"));
        } else if (j == Jenis.ANTAR_DESA && parties.stream().anyMatch(m -> m.jenis() != JenisMitra.DESA)) {
            problems.add(FieldProblem.of("mitra", "kerjasama.antarDesaHanyaDesa"));
        } else if (j == Jenis.PIHAK_KETIGA && parties.stream().allMatch(m -> m.jenis() == JenisMitra.DESA)) {
            problems.add(FieldProblem.of("mitra", "kerjasama.pihakKetigaButuhMitra"));
        }
        if (bkadId != null) {
            boolean member = jdbc.sql("SELECT COUNT(*) FROM kerjasama_bkad_desa WHERE bkad_id = :b AND kode_desa = :d")
                            .param("b", bkadId)
                            .param("d", desa.kode())
                            .query(Long.class)
                            .single()
                    > 0;
            if (!member || j != Jenis.ANTAR_DESA) {
                problems.add(FieldProblem.of("bkad", "kerjasama.bkadTidakSah"));
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems, "kerjasama.tidakLengkap");
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO kerjasama (kode_desa, jenis, judul, ruang_lingkup, bkad_id, status, versi, dibuat_oleh,"
                        + " dibuat) VALUES (:d, :j, :t, :r, :b, 'RANCANGAN', 0, :o, :n)")
                .param("d", desa.kode())
                .param("j", j.name())
                .param("t", t)
                .param("r", r)
                .param("b", bkadId)
                .param("o", me.username())
                .param("n", Timestamp.from(Instant.now(clock)))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        Set<String> villages = new TreeSet<>();
        villages.add(desa.kode());
        for (Mitra m : parties) {
            jdbc.sql("INSERT INTO kerjasama_pihak (kerjasama_id, mitra_id) VALUES (:k, :m)")
                    .param("k", id)
                    .param("m", m.id())
                    .update();
            if (m.kodeDesaMitra() != null) {
                villages.add(m.kodeDesaMitra());
            }
        }
        for (String v : villages) {
            jdbc.sql("INSERT INTO kerjasama_desa (kerjasama_id, kode_desa) VALUES (:k, :d)")
                    .param("k", id)
                    .param("d", v)
                    .update();
        }
        audit.record(
                AuditAction.BUAT,
                "kerjasama.Perjanjian",
                id,
                desa.kode(),
                null,
                Map.of(
                        "judul",
                        t,
                        "jenis",
                        j.name(),
                        "pihak",
                        parties.stream().map(Mitra::nama).toList()));
        return id;
    }

    Optional<Perjanjian> cari(long id) {
        List<Mitra> parties = jdbc.sql("SELECT m.id, m.kode_desa, m.jenis, m.nama, m.kode_desa_mitra, m.kontak,"
                        + " m.alamat FROM kerjasama_pihak p JOIN kerjasama_mitra m ON m.id = p.mitra_id"
                        + " WHERE p.kerjasama_id = :k ORDER BY m.nama")
                .param("k", id)
                .query(MitraService::bacaMitra)
                .list();
        List<String> villages = jdbc.sql(
                        "SELECT kode_desa FROM kerjasama_desa WHERE kerjasama_id = :k ORDER BY kode_desa")
                .param("k", id)
                .query(String.class)
                .list();
        return jdbc.sql("SELECT " + KOLOM + " FROM kerjasama WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> new Perjanjian(
                        rs.getLong("id"),
                        rs.getString("kode_desa"),
                        Jenis.valueOf(rs.getString("jenis")),
                        rs.getString("judul"),
                        rs.getString("ruang_lingkup"),
                        rs.getObject("nilai", Long.class),
                        tanggal(rs.getDate("mulai")),
                        tanggal(rs.getDate("selesai")),
                        rs.getString("perdes"),
                        rs.getString("nomor_perjanjian"),
                        rs.getObject("musyawarah_id", Long.class),
                        rs.getObject("bkad_id", Long.class),
                        Status.valueOf(rs.getString("status")),
                        tanggal(rs.getDate("ditandatangani")),
                        rs.getObject("berkas_id", Long.class),
                        rs.getInt("versi"),
                        parties,
                        villages))
                .optional();
    }

    static LocalDate tanggal(java.sql.Date d) {
        return d == null ? null : d.toLocalDate();
    }

    /** An agreement the user may see: any desa taking part is in scope. */
    @Transactional(readOnly = true)
    public Perjanjian perjanjian(long id, PenggunaSaatIni me) {
        return cari(id).filter(p -> p.desa().stream().anyMatch(me::mencakup))
                .orElseThrow(() -> new NotFoundException("kerjasama.tidakDitemukan", id));
    }

    /** An agreement the user manages: a recorder of the desa that started it; else 404 or 403. */
    Perjanjian kelola(long id, PenggunaSaatIni me) {
        Perjanjian p = perjanjian(id, me);
        if (!bolehCatat(me, p.kodeDesa())) {
            throw new ForbiddenException("kerjasama.bukanPencatat");
        }
        return p;
    }

    /** Moves the version on; a form sent from an older page than the stored one is refused. */
    void majukanVersi(long id, Integer versi) {
        int n = jdbc.sql("UPDATE kerjasama SET versi = versi + 1 WHERE id = :id AND versi = :v")
                .param("id", id)
                .param("v", versi == null ? -1 : versi)
                .update();
        if (n == 0) {
            throw new ConflictException("kerjasama.konflik");
        }
    }

    /** A document cited by the agreement (an evidence or the signed text), for a user who may see it. */
    @Transactional(readOnly = true)
    public Berkas berkas(long id, long berkasId, PenggunaSaatIni me) {
        Perjanjian p = perjanjian(id, me);
        boolean cited = Long.valueOf(berkasId).equals(p.berkasId())
                || jdbc.sql("SELECT COUNT(*) FROM kerjasama_langkah WHERE kerjasama_id = :k AND bukti_jenis = 'DOKUMEN'"
                                        + " AND bukti_id = :b")
                                .param("k", id)
                                .param("b", berkasId)
                                .query(Long.class)
                                .single()
                        > 0;
        if (!cited) {
            throw new NotFoundException("kerjasama.tidakDitemukan", berkasId);
        }
        return files.cari(berkasId).orElseThrow(() -> new NotFoundException("kerjasama.tidakDitemukan", berkasId));
    }
}
