package id.pandudesa.kerjasama.internal;

import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.ekonomi.EkonomiApi;
import id.pandudesa.kerjasama.internal.Kerjasama.Bukti;
import id.pandudesa.kerjasama.internal.Kerjasama.Jenis;
import id.pandudesa.kerjasama.internal.Kerjasama.Langkah;
import id.pandudesa.kerjasama.internal.Kerjasama.LangkahSelesai;
import id.pandudesa.kerjasama.internal.Kerjasama.Mitra;
import id.pandudesa.kerjasama.internal.Kerjasama.Perjanjian;
import id.pandudesa.kerjasama.internal.Kerjasama.Status;
import id.pandudesa.musyawarah.JenisMusyawarah;
import id.pandudesa.musyawarah.MusyawarahApi;
import id.pandudesa.platform.FieldProblem;
import id.pandudesa.platform.RuleViolationException;
import id.pandudesa.platform.Teks;
import id.pandudesa.platform.audit.AuditAction;
import id.pandudesa.platform.audit.AuditTrail;
import id.pandudesa.platform.storage.Berkas;
import id.pandudesa.platform.storage.FileService;
import id.pandudesa.regulasi.RegulasiApi;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The six steps of seed 004 on an agreement, in order, each citing its evidence (a potential, a
 * partner, a musyawarah, an uploaded document), and the meetings a step may cite. Who may record a
 * step is the agreement's rule ({@link KerjasamaService#kelola}).
 */
@Service
public class LangkahPerjanjianService {

    private final JdbcClient jdbc;
    private final KerjasamaService agreements;
    private final MusyawarahApi musyawarah;
    private final EkonomiApi ekonomi;
    private final FileService files;
    private final RegulasiApi regulasi;
    private final AuditTrail audit;
    private final Clock clock;

    public LangkahPerjanjianService(
            JdbcClient jdbc,
            KerjasamaService agreements,
            MusyawarahApi musyawarah,
            EkonomiApi ekonomi,
            FileService files,
            RegulasiApi regulasi,
            AuditTrail audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.agreements = agreements;
        this.musyawarah = musyawarah;
        this.ekonomi = ekonomi;
        this.files = files;
        this.regulasi = regulasi;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<LangkahSelesai> langkah(Perjanjian p, PenggunaSaatIni me) {
        Map<Long, Mitra> parties = new LinkedHashMap<>();
        p.pihak().forEach(m -> parties.put(m.id(), m));
        return jdbc
                .sql("SELECT langkah, bukti_jenis, bukti_id, catatan, selesai, oleh FROM kerjasama_langkah"
                        + " WHERE kerjasama_id = :k ORDER BY langkah")
                .param("k", p.id())
                .query((rs, n) -> new Object[] {
                    rs.getInt("langkah"),
                    rs.getString("bukti_jenis"),
                    rs.getLong("bukti_id"),
                    rs.getString("catatan"),
                    rs.getTimestamp("selesai").toInstant(),
                    rs.getString("oleh")
                })
                .list()
                .stream()
                .map(r -> {
                    Bukti b = Bukti.valueOf((String) r[1]);
                    long ref = (Long) r[2];
                    String[] name = namaBukti(p, b, ref, parties, me);
                    return new LangkahSelesai(
                            Langkah.ke((Integer) r[0]),
                            b,
                            ref,
                            name[0],
                            name[1],
                            (String) r[3],
                            (Instant) r[4],
                            (String) r[5]);
                })
                .toList();
    }

    /** The evidence as the page names it, and the link to it (null where the user cannot open it). */
    private String[] namaBukti(Perjanjian p, Bukti b, long ref, Map<Long, Mitra> parties, PenggunaSaatIni me) {
        return switch (b) {
            case POTENSI ->
                new String[] {
                    ekonomi.potensi(ref).map(EkonomiApi.Potensi::nama).orElse("#" + ref),
                    "/ekonomi/potensi/" + p.kodeDesa()
                };
            case MITRA ->
                new String[] {parties.containsKey(ref) ? parties.get(ref).nama() : "#" + ref, null};
            case MUSYAWARAH ->
                musyawarah
                        .ringkas(ref, me)
                        .map(m -> new String[] {
                            m.judul() + " ("
                                    + m.tanggal().format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy"))
                                    + ")",
                            "/musyawarah/" + m.id()
                        })
                        .orElse(new String[] {"#" + ref, null});
            case DOKUMEN ->
                files.cari(ref)
                        .map(f -> new String[] {f.namaAsli(), "/kerjasama/perjanjian/" + p.id() + "/berkas/" + f.id()})
                        .orElse(new String[] {"#" + ref, null});
            case PRODUK ->
                ekonomi.produk(ref)
                        .map(x -> new String[] {x.nama(), "/ekonomi/produk/" + x.kodeDesa()})
                        .orElse(new String[] {"#" + ref, null});
            case PRODUK_HUKUM ->
                produkHukum(p, ref)
                        .map(r -> new String[] {r.label(), r.tautan()})
                        .orElse(new String[] {"#" + ref, null});
            case REFLEKSI ->
                jdbc.sql("SELECT tanggal FROM kerjasama_refleksi WHERE id = :r")
                        .param("r", ref)
                        .query(java.sql.Date.class)
                        .optional()
                        .map(d -> new String[] {
                            d.toLocalDate().format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy")),
                            "#refleksi-" + ref
                        })
                        .orElse(new String[] {"#" + ref, null});
        };
    }

    /** An adopted regulation of one of the villages taking part. */
    private Optional<RegulasiApi.Rujukan> produkHukum(Perjanjian p, long ref) {
        return p.desa().stream()
                .map(d -> regulasi.rujukan(ref, d))
                .flatMap(Optional::stream)
                .findFirst();
    }

    /** The regulations step 4 may cite: those adopted and standing in every desa taking part the user sees. */
    @Transactional(readOnly = true)
    public List<RegulasiApi.Rujukan> produkHukumPilihan(Perjanjian p, PenggunaSaatIni me) {
        List<RegulasiApi.Rujukan> out = new ArrayList<>();
        for (String d : p.desa()) {
            if (me.mencakup(d)) {
                out.addAll(regulasi.pilihan(d));
            }
        }
        return out;
    }

    /** The meetings a step may cite: those of every desa taking part, newest first. */
    @Transactional(readOnly = true)
    public List<MusyawarahApi.Ringkas> rapatPilihan(Perjanjian p, PenggunaSaatIni me) {
        List<MusyawarahApi.Ringkas> out = new ArrayList<>();
        for (String d : p.desa()) {
            if (me.mencakup(d)) {
                out.addAll(musyawarah.terbaru(d, 30, me));
            }
        }
        out.sort(java.util.Comparator.comparing(MusyawarahApi.Ringkas::tanggal).reversed());
        return out;
    }

    /**
     * Completes (or, before signing, re-cites the evidence of) one of the first five steps. Every
     * earlier step must be done; the evidence must be of a kind the step accepts and belong to the
     * cooperation: a potential of the desa, one of its parties, a meeting of a desa taking part
     * (for step 5 between villages, a Musyawarah Antar Desa; with a third party, a Musdes or a
     * MAD), or a document uploaded with the step. Step 4 also records the Perdes.
     */
    @Transactional
    public void selesaikan(
            long id,
            Integer versi,
            Integer nomor,
            String buktiJenis,
            Long buktiId,
            byte[] dokumen,
            String namaDokumen,
            String perdes,
            String catatan,
            PenggunaSaatIni me) {
        Perjanjian p = agreements.kelola(id, me);
        Langkah l = nomor == null ? null : Langkah.ke(nomor);
        if (l == null || l == Langkah.AKSI_REFLEKSI) {
            throw new RuleViolationException(
                    List.of(FieldProblem.of("langkah", "kerjasama.langkahTidakSah")), "kerjasama.langkahTidakSah");
        }
        if (p.status() != Status.RANCANGAN) {
            throw new RuleViolationException(
                    List.of(FieldProblem.of("langkah", "kerjasama.sudahDitandatangani")),
                    "kerjasama.sudahDitandatangani");
        }
        Set<Integer> done = new TreeSet<>(jdbc.sql("SELECT langkah FROM kerjasama_langkah WHERE kerjasama_id = :k")
                .param("k", id)
                .query(Integer.class)
                .list());
        for (int i = 1; i < l.nomor(); i++) {
            if (!done.contains(i)) {
                throw new RuleViolationException(
                        List.of(FieldProblem.of("langkah", "kerjasama.urutanLangkah", i)),
                        "kerjasama.urutanLangkah",
                        i);
            }
        }
        List<FieldProblem> problems = new ArrayList<>();
        boolean hasFile = dokumen != null && dokumen.length > 0;
        Bukti b = hasFile ? Bukti.DOKUMEN : Teks.pilihan(Bukti.class, buktiJenis);
        if (b == null || !l.bukti().contains(b)) {
            problems.add(FieldProblem.of("bukti", "kerjasama.buktiWajib"));
        } else if (b != Bukti.DOKUMEN) {
            if (buktiId == null) {
                problems.add(FieldProblem.of("bukti", "kerjasama.buktiWajib"));
            } else {
                String wrong = periksaBukti(p, l, b, buktiId, me);
                if (wrong != null) {
                    problems.add(FieldProblem.of("bukti", wrong, buktiId));
                }
            }
        }
        String pd = Teks.baris(perdes);
        if (b == Bukti.PRODUK_HUKUM && problems.isEmpty()) {
            pd = produkHukum(p, buktiId).map(RegulasiApi.Rujukan::label).orElse(null);
            pd = pd != null && pd.length() > 100 ? pd.substring(0, 99) + "…" : pd;
        }
        if (l == Langkah.PERDES && (pd == null || pd.length() > 100)) {
            problems.add(FieldProblem.of("perdes", "kerjasama.perdesWajib"));
        }
        String c = Teks.bersih(catatan);
        if (c != null && c.length() > 2000) {
            problems.add(FieldProblem.of("catatan", "kerjasama.terlaluPanjang", 2000));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems, "kerjasama.tidakLengkap");
        }
        agreements.majukanVersi(id, versi);
        long ref = buktiId == null ? 0 : buktiId;
        if (b == Bukti.DOKUMEN) {
            Berkas f = files.simpanDokumen(dokumen, namaDokumen, p.kodeDesa(), me.username(), "bukti");
            ref = f.id();
        }
        jdbc.sql("DELETE FROM kerjasama_langkah WHERE kerjasama_id = :k AND langkah = :l")
                .param("k", id)
                .param("l", l.nomor())
                .update();
        jdbc.sql("INSERT INTO kerjasama_langkah (kerjasama_id, langkah, bukti_jenis, bukti_id, catatan, selesai, oleh)"
                        + " VALUES (:k, :l, :j, :r, :c, :t, :o)")
                .param("k", id)
                .param("l", l.nomor())
                .param("j", b.name())
                .param("r", ref)
                .param("c", c)
                .param("t", Timestamp.from(Instant.now(clock)))
                .param("o", me.username())
                .update();
        if (l == Langkah.PERDES) {
            jdbc.sql("UPDATE kerjasama SET perdes = :p WHERE id = :id")
                    .param("p", pd)
                    .param("id", id)
                    .update();
        }
        if (l == Langkah.MUSYAWARAH) {
            jdbc.sql("UPDATE kerjasama SET musyawarah_id = :m WHERE id = :id")
                    .param("m", ref)
                    .param("id", id)
                    .update();
        }
        audit.record(
                AuditAction.UBAH,
                "kerjasama.Langkah",
                id + "/" + l.nomor(),
                p.kodeDesa(),
                null,
                Map.of("langkah", l.name(), "bukti", b.name(), "ref", ref));
    }

    /** Why the cited record does not fit the step, as a message key; null when it does. */
    private String periksaBukti(Perjanjian p, Langkah l, Bukti b, long ref, PenggunaSaatIni me) {
        return switch (b) {
            case POTENSI ->
                ekonomi.potensi(ref)
                                .filter(x -> x.kodeDesa().equals(p.kodeDesa()))
                                .isPresent()
                        ? null
                        : "kerjasama.potensiTidakAda";
            case MITRA -> p.pihak().stream().anyMatch(m -> m.id() == ref) ? null : "kerjasama.mitraTidakAda";
            case MUSYAWARAH -> {
                Optional<MusyawarahApi.Ringkas> m =
                        musyawarah.ringkas(ref, me).filter(x -> p.desa().contains(x.kodeDesa()));
                if (m.isEmpty()) {
                    yield "kerjasama.musyawarahTidakAda";
                }
                if (l == Langkah.MUSYAWARAH) {
                    boolean mad = m.get().jenis() == JenisMusyawarah.MUSYAWARAH_ANTAR_DESA;
                    boolean ok = p.jenis() == Jenis.ANTAR_DESA
                            ? mad
                            : mad || KerjasamaService.MUSDES.contains(m.get().jenis());
                    yield ok ? null : p.jenis() == Jenis.ANTAR_DESA ? "kerjasama.harusMad" : "kerjasama.harusMusdes";
                }
                yield null;
            }
            case PRODUK_HUKUM -> produkHukum(p, ref).isPresent() ? null : "kerjasama.produkHukumTidakAda";
            case PRODUK ->
                ekonomi.produk(ref).filter(x -> p.desa().contains(x.kodeDesa())).isPresent()
                        ? null
                        : "kerjasama.produkTidakAda";
            default -> "kerjasama.buktiWajib";
        };
    }
}
