package id.pandudesa.ekonomi.internal;

import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.akun.Peran;
import id.pandudesa.akun.WilayahTerlihat;
import id.pandudesa.musyawarah.MusyawarahApi;
import id.pandudesa.perencanaan.PerencanaanApi;
import id.pandudesa.platform.FieldProblem;
import id.pandudesa.platform.ForbiddenException;
import id.pandudesa.platform.NotFoundException;
import id.pandudesa.platform.RuleViolationException;
import id.pandudesa.platform.Teks;
import id.pandudesa.platform.audit.AuditAction;
import id.pandudesa.platform.audit.AuditTrail;
import id.pandudesa.wilayah.KodeWilayah;
import id.pandudesa.wilayah.Wilayah;
import id.pandudesa.wilayah.WilayahApi;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * BUMDes of a desa (and BUMDes Bersama it takes part in): founded by the village with its
 * facilitators, its units and yearly results recorded, and a yearly self-assessment that gives
 * its class; rankings of a kecamatan or kabupaten from the database.
 */
@Service
public class BumdesService {

    static final Set<Peran> PENCATAT = EnumSet.of(Peran.PEMDES, Peran.KPMD, Peran.PLD, Peran.PD, Peran.ADMIN);

    public record Bumdes(
            long id,
            String kodeDesa,
            String nama,
            boolean bersama,
            String badanHukum,
            String perdes,
            Long musyawarahId,
            LocalDate didirikan,
            List<String> anggota) {}

    record Unit(long id, String nama, String bidang) {}

    record Tahunan(int tahun, long pendapatan, long laba, long pades, long modalDesa) {}

    private final JdbcClient jdbc;
    private final WilayahApi wilayah;
    private final MusyawarahApi musyawarah;
    private final PerencanaanApi perencanaan;
    private final AuditTrail audit;
    private final Clock clock;

    private final WilayahTerlihat terlihat;

    public BumdesService(
            WilayahTerlihat terlihat,
            JdbcClient jdbc,
            WilayahApi wilayah,
            MusyawarahApi musyawarah,
            PerencanaanApi perencanaan,
            AuditTrail audit,
            Clock clock) {
        this.terlihat = terlihat;
        this.jdbc = jdbc;
        this.wilayah = wilayah;
        this.musyawarah = musyawarah;
        this.perencanaan = perencanaan;
        this.audit = audit;
        this.clock = clock;
    }

    Wilayah desaTerlihat(String kode, PenggunaSaatIni me) {
        return terlihat.desa(kode, me, "ekonomi.desaTidakDitemukan");
    }

    public int tahunIni() {
        return LocalDate.now(clock.withZone(ZoneId.of("Asia/Jakarta"))).getYear();
    }

    /** The BUMDes of a desa and the BUMDes Bersama it is a member of. */
    @Transactional(readOnly = true)
    public List<Bumdes> daftar(String kodeDesa) {
        List<Long> ids = jdbc.sql("SELECT id FROM bumdes WHERE kode_desa = :d UNION SELECT bumdes_id FROM bumdes_desa"
                        + " WHERE kode_desa = :d")
                .param("d", kodeDesa)
                .query(Long.class)
                .list();
        List<Bumdes> out = new ArrayList<>();
        for (Long id : ids) {
            cari(id).ifPresent(out::add);
        }
        out.sort(java.util.Comparator.comparing(Bumdes::nama));
        return out;
    }

    java.util.Optional<Bumdes> cari(long id) {
        List<String> members = jdbc.sql("SELECT kode_desa FROM bumdes_desa WHERE bumdes_id = :b ORDER BY kode_desa")
                .param("b", id)
                .query(String.class)
                .list();
        return jdbc.sql("SELECT id, kode_desa, nama, bersama, badan_hukum, perdes, musyawarah_id, didirikan FROM bumdes"
                        + " WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> new Bumdes(
                        rs.getLong("id"),
                        rs.getString("kode_desa"),
                        rs.getString("nama"),
                        rs.getBoolean("bersama"),
                        rs.getString("badan_hukum"),
                        rs.getString("perdes"),
                        rs.getObject("musyawarah_id", Long.class),
                        rs.getDate("didirikan") == null
                                ? null
                                : rs.getDate("didirikan").toLocalDate(),
                        members))
                .optional();
    }

    /** A BUMDes the user may see: its desa, or one of its member villages, is in scope. */
    Bumdes bumdes(long id, PenggunaSaatIni me) {
        return cari(id).filter(
                        b -> me.mencakup(b.kodeDesa()) || b.anggota().stream().anyMatch(me::mencakup))
                .orElseThrow(() -> new NotFoundException("ekonomi.bumdesTidakDitemukan", id));
    }

    Bumdes kelola(long id, PenggunaSaatIni me) {
        Bumdes b = bumdes(id, me);
        if (!PENCATAT.contains(me.peran()) || !me.mencakup(b.kodeDesa())) {
            throw new ForbiddenException("ekonomi.bukanPencatat");
        }
        return b;
    }

    @Transactional
    public Bumdes dirikan(
            Wilayah desa,
            String nama,
            boolean bersama,
            String anggota,
            String badanHukum,
            String perdes,
            Long musyawarahId,
            LocalDate didirikan,
            PenggunaSaatIni me) {
        if (!PENCATAT.contains(me.peran())) {
            throw new ForbiddenException("ekonomi.bukanPencatat");
        }
        List<FieldProblem> problems = new ArrayList<>();
        String n = Teks.baris(nama);
        if (n == null || n.length() > 200) {
            problems.add(FieldProblem.of("nama", "ekonomi.namaWajib"));
        }
        List<String> members = new ArrayList<>();
        if (bersama) {
            for (String k : (anggota == null ? "" : anggota).split("[\\s,;]+")) {
                String code = KodeWilayah.normalisasi(k);
                if (code.isEmpty() || code.equals(desa.kode())) {
                    continue;
                }
                if (wilayah.cari(code).filter(Wilayah::isDesa).isEmpty()) {
                    problems.add(FieldProblem.of("anggota", "ekonomi.desaTidakDitemukan", code));
                } else {
                    members.add(code);
                }
            }
            if (members.isEmpty()) {
                problems.add(FieldProblem.of("anggota", "ekonomi.bersamaButuhDesa"));
            }
        }
        if (musyawarahId != null
                && musyawarah
                        .ringkas(musyawarahId, me)
                        .filter(m -> m.kodeDesa().equals(desa.kode()))
                        .isEmpty()) {
            problems.add(FieldProblem.of("musyawarahId", "ekonomi.musyawarahTidakAda", musyawarahId));
        }
        if (didirikan != null && didirikan.isAfter(LocalDate.now(clock.withZone(ZoneId.of("Asia/Jakarta"))))) {
            problems.add(FieldProblem.of("didirikan", "ekonomi.tanggalMasaDepan"));
        }
        String bh = Teks.baris(badanHukum);
        String pd = Teks.baris(perdes);
        if ((bh != null && bh.length() > 100) || (pd != null && pd.length() > 100)) {
            problems.add(FieldProblem.of("badanHukum", "ekonomi.terlaluPanjang", 100));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems, "ekonomi.tidakLengkap");
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO bumdes (kode_desa, nama, bersama, badan_hukum, perdes, musyawarah_id, didirikan, dibuat)"
                        + " VALUES (:d, :n, :b, :bh, :p, :m, :t, :c)")
                .param("d", desa.kode())
                .param("n", n)
                .param("b", bersama)
                .param("bh", bh)
                .param("p", pd)
                .param("m", musyawarahId)
                .param("t", didirikan == null ? null : Date.valueOf(didirikan))
                .param("c", Timestamp.from(Instant.now(clock)))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        for (String m : new java.util.TreeSet<>(members)) {
            jdbc.sql("INSERT INTO bumdes_desa (bumdes_id, kode_desa) VALUES (:b, :d)")
                    .param("b", id)
                    .param("d", m)
                    .update();
        }
        Bumdes b = cari(id).orElseThrow();
        audit.record(AuditAction.BUAT, "ekonomi.Bumdes", id, desa.kode(), null, b);
        return b;
    }

    @Transactional(readOnly = true)
    public List<Unit> unit(long id) {
        return jdbc.sql("SELECT id, nama, bidang FROM bumdes_unit WHERE bumdes_id = :b ORDER BY id")
                .param("b", id)
                .query((rs, n) -> new Unit(rs.getLong("id"), rs.getString("nama"), rs.getString("bidang")))
                .list();
    }

    @Transactional
    public void tambahUnit(long id, String nama, String bidang, PenggunaSaatIni me) {
        Bumdes b = kelola(id, me);
        String n = Teks.baris(nama);
        String bd = Teks.baris(bidang);
        List<FieldProblem> problems = new ArrayList<>();
        if (n == null || n.length() > 200) {
            problems.add(FieldProblem.of("namaUnit", "ekonomi.namaWajib"));
        }
        if (bd == null || bd.length() > 100) {
            problems.add(FieldProblem.of("bidang", "ekonomi.bidangWajib"));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems, "ekonomi.tidakLengkap");
        }
        jdbc.sql("INSERT INTO bumdes_unit (bumdes_id, nama, bidang) VALUES (:b, :n, :d)")
                .param("b", id)
                .param("n", n)
                .param("d", bd)
                .update();
        audit.record(AuditAction.UBAH, "ekonomi.Bumdes", id, b.kodeDesa(), null, Map.of("unit", n));
    }

    @Transactional(readOnly = true)
    public List<Tahunan> tahunan(long id) {
        return jdbc.sql(
                        "SELECT tahun, pendapatan, laba, pades, modal_desa FROM bumdes_tahunan WHERE bumdes_id = :b ORDER BY tahun")
                .param("b", id)
                .query((rs, n) -> new Tahunan(
                        rs.getInt("tahun"),
                        rs.getLong("pendapatan"),
                        rs.getLong("laba"),
                        rs.getLong("pades"),
                        rs.getLong("modal_desa")))
                .list();
    }

    /** Records (or corrects) a year's results; a loss is a negative profit, contributions never negative. */
    @Transactional
    public void catatTahunan(
            long id, Integer tahun, Long pendapatan, Long laba, Long pades, Long modal, PenggunaSaatIni me) {
        Bumdes b = kelola(id, me);
        List<FieldProblem> problems = new ArrayList<>();
        if (tahun == null || tahun < 2000 || tahun > tahunIni()) {
            problems.add(FieldProblem.of("tahun", "ekonomi.tahunTidakSah"));
        }
        if (pendapatan == null || pendapatan < 0) {
            problems.add(FieldProblem.of("pendapatan", "ekonomi.rupiahTidakSah"));
        }
        if (laba == null) {
            problems.add(FieldProblem.of("laba", "ekonomi.rupiahTidakSah"));
        }
        if (pades == null || pades < 0) {
            problems.add(FieldProblem.of("pades", "ekonomi.rupiahTidakSah"));
        } else if (laba != null && pades > Math.max(0, laba)) {
            problems.add(FieldProblem.of("pades", "ekonomi.padesMelebihiLaba"));
        }
        if (modal == null || modal < 0) {
            problems.add(FieldProblem.of("modalDesa", "ekonomi.rupiahTidakSah"));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems, "ekonomi.tidakLengkap");
        }
        jdbc.sql("DELETE FROM bumdes_tahunan WHERE bumdes_id = :b AND tahun = :t")
                .param("b", id)
                .param("t", tahun)
                .update();
        jdbc.sql("INSERT INTO bumdes_tahunan (bumdes_id, tahun, pendapatan, laba, pades, modal_desa)"
                        + " VALUES (:b, :t, :p, :l, :d, :m)")
                .param("b", id)
                .param("t", tahun)
                .param("p", pendapatan)
                .param("l", laba)
                .param("d", pades)
                .param("m", modal)
                .update();
        audit.record(
                AuditAction.UBAH, "ekonomi.BumdesTahunan", id + "/" + tahun, b.kodeDesa(), null, Map.of("laba", laba));
    }

    /**
     * Capital the village budgets for it in each year's adopted APBDes (rekening 6.2.2), summed
     * over its desa and, for a BUMDes Bersama, its member villages; a year in which none of them
     * has an adopted APBDes is absent. For a Bersama the member villages' 6.2.2 lines may also
     * fund their own BUMDes, so the page names it as their budgeted capital, not as received.
     */
    @Transactional(readOnly = true)
    public Map<Integer, Long> modalApbdes(Bumdes b, java.util.Collection<Integer> tahun) {
        List<String> desa = new ArrayList<>(b.anggota());
        desa.add(b.kodeDesa());
        Map<Integer, Long> out = new java.util.TreeMap<>();
        for (Integer t : new java.util.TreeSet<>(tahun)) {
            Map<String, Long> per = perencanaan.penyertaanModal(desa, t);
            if (!per.isEmpty()) {
                out.put(t, per.values().stream().mapToLong(Long::longValue).sum());
            }
        }
        return out;
    }

    /** A BUMDes to choose on another record's form. */
    public record Pilihan(long id, String nama) {}

    /** The BUMDes founded by a desa, by name (for the forms of its businesses, products, incubation). */
    public List<Pilihan> pilihan(String kodeDesa) {
        return jdbc.sql("SELECT id, nama FROM bumdes WHERE kode_desa = :d ORDER BY nama")
                .param("d", kodeDesa)
                .query((rs, n) -> new Pilihan(rs.getLong("id"), rs.getString("nama")))
                .list();
    }

    /** Whether a BUMDes was founded by that desa. */
    public boolean milikDesa(long bumdesId, String kodeDesa) {
        return jdbc.sql("SELECT COUNT(*) FROM bumdes WHERE id = :b AND kode_desa = :d")
                        .param("b", bumdesId)
                        .param("d", kodeDesa)
                        .query(Long.class)
                        .single()
                > 0;
    }
}
