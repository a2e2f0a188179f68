package id.pandudesa.regulasi.internal;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.akun.Beritahu;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.akun.Peran;
import id.pandudesa.akun.PetugasDesa;
import id.pandudesa.akun.WilayahTerlihat;
import id.pandudesa.musyawarah.MusyawarahApi;
import id.pandudesa.platform.ConflictException;
import id.pandudesa.platform.FieldProblem;
import id.pandudesa.platform.ForbiddenException;
import id.pandudesa.platform.NotFoundException;
import id.pandudesa.platform.RuleViolationException;
import id.pandudesa.platform.storage.FileService;
import id.pandudesa.wilayah.SebutanDesa;
import id.pandudesa.wilayah.Wilayah;
import id.pandudesa.wilayah.WilayahApi;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of a village's regulations: who drafts and moves them (the village government),
 * who evaluates (the Camat), who comments on drafts (facilitators and cadres), and who reads
 * (everyone in scope; the public, once adopted).
 */
@Service
class RegulasiService {

    /** Who drafts, uploads texts and moves the steps. */
    static final Set<Peran> PEMERINTAH = EnumSet.of(Peran.PEMDES, Peran.ADMIN);

    /** Who comments on drafts. */
    static final Set<Peran> PENDAMPING =
            EnumSet.of(Peran.KPMD, Peran.PLD, Peran.MITRA, Peran.PD, Peran.TA, Peran.CAMAT);

    private final ProdukHukumRepository repository;
    private final WilayahTerlihat terlihat;
    private final MusyawarahApi musyawarah;
    private final FileService files;
    private final AkunApi akun;
    private final Beritahu beritahu;
    private final JdbcClient jdbc;
    private final WilayahApi wilayah;
    private final Clock clock;

    RegulasiService(
            ProdukHukumRepository repository,
            WilayahTerlihat terlihat,
            MusyawarahApi musyawarah,
            FileService files,
            AkunApi akun,
            Beritahu beritahu,
            JdbcClient jdbc,
            WilayahApi wilayah,
            Clock clock) {
        this.repository = repository;
        this.terlihat = terlihat;
        this.musyawarah = musyawarah;
        this.files = files;
        this.akun = akun;
        this.beritahu = beritahu;
        this.jdbc = jdbc;
        this.wilayah = wilayah;
        this.clock = clock;
    }

    Wilayah desa(String kode, PenggunaSaatIni me) {
        return terlihat.desa(kode, me, "regulasi.desaTidakDitemukan");
    }

    @Transactional(readOnly = true)
    List<ProdukHukum> daftar(String kodeDesa, PenggunaSaatIni me) {
        Wilayah desa = desa(kodeDesa, me);
        List<Long> ids = jdbc.sql("SELECT id FROM produk_hukum WHERE kode_desa = :d ORDER BY dibuat DESC LIMIT 500")
                .param("d", desa.kode())
                .query(Long.class)
                .list();
        return repository.findAllById(ids).stream()
                .sorted(Comparator.comparing((ProdukHukum p) -> p.id()).reversed())
                .toList();
    }

    @Transactional(readOnly = true)
    ProdukHukum lihat(long id, PenggunaSaatIni me) {
        return repository
                .findById(id)
                .filter(p -> me.mencakup(p.kodeDesa()))
                .orElseThrow(() -> new NotFoundException("regulasi.tidakDitemukan"));
    }

    @Transactional
    ProdukHukum buat(
            String kodeDesa,
            String jenis,
            String judul,
            String uraian,
            boolean perluEvaluasi,
            Long mengubahId,
            String perubahan,
            PenggunaSaatIni me) {
        Wilayah desa = desa(kodeDesa, me);
        wajibPemerintah(me, desa.kode());
        List<FieldProblem> problems = new ArrayList<>();
        JenisProdukHukum kind = null;
        try {
            kind = JenisProdukHukum.valueOf(jenis == null ? "" : jenis);
        } catch (IllegalArgumentException e) {
            problems.add(FieldProblem.of("jenis", "regulasi.jenisTidakDikenal"));
        }
        String title = judul == null ? "" : judul.strip();
        if (title.isEmpty()) {
            problems.add(FieldProblem.of("judul", "validasi.wajib"));
        } else if (title.length() > 300) {
            problems.add(FieldProblem.of("judul", "validasi.maks"));
        }
        String summary = uraian == null || uraian.isBlank() ? null : uraian.strip();
        if (summary != null && summary.length() > 2000) {
            problems.add(FieldProblem.of("uraian", "validasi.maks"));
        }
        ProdukHukum diubah = null;
        PerubahanProdukHukum sifat = null;
        if (mengubahId != null) {
            diubah = repository
                    .findById(mengubahId)
                    .filter(x -> x.kodeDesa().equals(desa.kode()))
                    .orElse(null);
            if (diubah == null) {
                problems.add(FieldProblem.of("mengubahId", "regulasi.perubahan.tidakBerlaku"));
            }
            sifat = "CABUT".equals(perubahan)
                    ? PerubahanProdukHukum.CABUT
                    : "UBAH".equals(perubahan) ? PerubahanProdukHukum.UBAH : null;
            if (sifat == null) {
                problems.add(FieldProblem.of("perubahan", "regulasi.perubahan.sifatWajib"));
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems, "regulasi.tidakValid");
        }
        try {
            return repository.save(ProdukHukum.rancangan(
                    desa.kode(), kind, title, summary, perluEvaluasi, diubah, sifat, me.username(), now()));
        } catch (RuleViolationException e) {
            throw new RuleViolationException(List.of(FieldProblem.of("mengubahId", e.messageKey())), e.messageKey());
        }
    }

    /** The parameters a step may take. */
    record Langkah(Long musyawarahId, LocalDate tanggal, String nomor, Boolean sesuai, String catatan) {}

    @Transactional
    ProdukHukum langkah(long id, Integer versi, String aksi, Langkah p, PenggunaSaatIni me) {
        ProdukHukum r = lihat(id, me);
        if (versi != null && !Objects.equals(versi, r.versi())) {
            throw new ConflictException("regulasi.berubah");
        }
        EvaluatorProdukHukum evaluator = null;
        if ("evaluasi".equals(aksi)) {
            evaluator = evaluator(me, r.kodeDesa());
        } else {
            wajibPemerintah(me, r.kodeDesa());
        }
        List<FieldProblem> problems = new ArrayList<>();
        boolean needsDate =
                Set.of("sepakati", "ajukanEvaluasi", "tetapkan", "undangkan").contains(aksi);
        if (needsDate && p.tanggal() == null) {
            problems.add(FieldProblem.of("tanggal", "validasi.wajib"));
        }
        if (needsDate && p.tanggal() != null && p.tanggal().isAfter(hariIni())) {
            problems.add(FieldProblem.of("tanggal", "regulasi.tanggalMasaDepan"));
        }
        boolean needsNumber = Set.of("ajukanEvaluasi", "tetapkan", "undangkan").contains(aksi);
        if (needsNumber && (p.nomor() == null || p.nomor().isBlank())) {
            problems.add(FieldProblem.of("nomor", "validasi.wajib"));
        } else if (needsNumber && p.nomor().length() > 50) {
            problems.add(FieldProblem.of("nomor", "validasi.maks"));
        }
        if ("bahas".equals(aksi)) {
            boolean found = p.musyawarahId() != null
                    && musyawarah
                            .ringkas(p.musyawarahId(), me)
                            .filter(m -> m.kodeDesa().equals(r.kodeDesa()))
                            .isPresent();
            if (!found) {
                problems.add(FieldProblem.of("musyawarahId", "regulasi.musyawarahTidakDitemukan"));
            }
        }
        if ("evaluasi".equals(aksi) && p.sesuai() == null) {
            problems.add(FieldProblem.of("sesuai", "validasi.wajib"));
        }
        if (evaluator == EvaluatorProdukHukum.BUPATI
                && (p.nomor() == null || p.nomor().isBlank())) {
            problems.add(FieldProblem.of("nomor", "regulasi.nomorEvaluasiBupati"));
        } else if ("evaluasi".equals(aksi) && p.nomor() != null && p.nomor().length() > 50) {
            problems.add(FieldProblem.of("nomor", "validasi.maks"));
        }
        if (p.catatan() != null && p.catatan().length() > 2000) {
            problems.add(FieldProblem.of("catatan", "validasi.maks"));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems, "regulasi.tidakValid");
        }
        Instant now = now();
        switch (aksi) {
            case "bahas" -> r.bahas(p.musyawarahId(), now);
            case "sepakati" -> r.sepakati(p.tanggal(), now);
            case "ajukanEvaluasi" -> r.ajukanEvaluasi(p.nomor().strip(), p.tanggal(), now);
            case "evaluasi" ->
                r.evaluasi(evaluator, blank(p.nomor()), p.sesuai(), blank(p.catatan()), me.username(), now);
            case "tetapkan" -> r.tetapkan(p.nomor().strip(), p.tanggal(), now);
            case "undangkan" -> r.undangkan(p.nomor().strip(), p.tanggal(), now);
            default -> throw new NotFoundException("regulasi.langkahTidakDikenal");
        }
        ProdukHukum saved = repository.save(r);
        if (saved.mengubahId() != null && saved.berlakuSekarang()) {
            ProdukHukum lama = repository
                    .findById(saved.mengubahId())
                    .orElseThrow(() -> new NotFoundException("regulasi.tidakDitemukan"));
            lama.digantiOleh(saved, now);
            repository.save(lama);
        }
        if (saved.status() == StatusProdukHukum.MENUNGGU_EVALUASI) {
            beritahu.kirim(
                    "regulasi:" + saved.id() + ":evaluasi:" + saved.versi(),
                    akun.petugasDesa(saved.kodeDesa()).stream()
                            .filter(x -> x.peran() == Peran.CAMAT)
                            .map(PetugasDesa::username)
                            .toList(),
                    "pemberitahuan.regulasi.evaluasi",
                    pemberitahuan(saved, me),
                    "/regulasi/produk/" + saved.id());
        }
        return saved;
    }

    /** The kind in the village's words, the subject and the village's name ("Gampong Jantang"). */
    private List<String> pemberitahuan(ProdukHukum p, PenggunaSaatIni me) {
        Wilayah desa = desa(p.kodeDesa(), me);
        SebutanDesa kata = wilayah.sebutan(desa.kode());
        return List.of(BukuAdministrasi.jenis(kata, p.jenis()), p.judul(), kata.nama(desa.nama()));
    }

    @Transactional
    ProdukHukum unggahTeks(long id, byte[] bytes, String name, String catatan, PenggunaSaatIni me) {
        ProdukHukum r = lihat(id, me);
        wajibPemerintah(me, r.kodeDesa());
        if (bytes == null || bytes.length == 0) {
            throw new RuleViolationException(List.of(FieldProblem.of("berkas", "validasi.wajib")), "validasi.wajib");
        }
        long berkas = files.simpanDokumen(bytes, name, r.kodeDesa(), me.username(), "teks")
                .id();
        r.tambahTeks(berkas, blank(catatan), me.username(), now());
        return repository.save(r);
    }

    @Transactional
    ProdukHukum komentari(long id, String isi, PenggunaSaatIni me) {
        ProdukHukum r = lihat(id, me);
        if (!PENDAMPING.contains(me.peran())) {
            throw new ForbiddenException("regulasi.hanyaPendamping");
        }
        if (isi == null || isi.isBlank()) {
            throw new RuleViolationException(List.of(FieldProblem.of("isi", "validasi.wajib")), "validasi.wajib");
        }
        if (isi.length() > 2000) {
            throw new RuleViolationException(List.of(FieldProblem.of("isi", "validasi.maks")), "validasi.maks");
        }
        r.komentari(me.username(), me.peran(), isi.strip(), now());
        return repository.save(r);
    }

    /** A stored text of a regulation the user may see. */
    @Transactional(readOnly = true)
    TeksProdukHukum teks(long id, long berkasId, PenggunaSaatIni me) {
        return lihat(id, me).teks().stream()
                .filter(t -> t.berkasId() == berkasId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("regulasi.tidakDitemukan"));
    }

    /** The latest text of an adopted regulation, for everyone. */
    @Transactional(readOnly = true)
    TeksProdukHukum teksPublik(String kodeDesa, long id) {
        return repository
                .findById(id)
                .filter(p ->
                        p.kodeDesa().equals(kodeDesa) && p.publik() && !p.teks().isEmpty())
                .map(p -> p.teks().getLast())
                .orElseThrow(() -> new NotFoundException("regulasi.tidakDitemukan"));
    }

    /** The adopted regulations and decisions of a desa, newest first (the public list). */
    @Transactional(readOnly = true)
    List<ProdukHukum> publik(String kodeDesa, int limit) {
        List<Long> ids = jdbc.sql("SELECT id FROM produk_hukum WHERE kode_desa = :d AND status IN ('DITETAPKAN',"
                        + " 'DIUNDANGKAN') ORDER BY tanggal_tetap DESC, id DESC FETCH FIRST " + limit + " ROWS ONLY")
                .param("d", kodeDesa)
                .query(Long.class)
                .list();
        return repository.findAllById(ids).stream()
                .sorted(Comparator.comparing(ProdukHukum::tanggalTetap)
                        .thenComparing(ProdukHukum::id)
                        .reversed())
                .toList();
    }

    /**
     * Adopted in that year, in the order of adoption (the administration books); the caller has
     * checked that the reader sees the desa.
     */
    @Transactional(readOnly = true)
    List<ProdukHukum> ditetapkan(String kodeDesa, int tahun) {
        List<Long> ids = jdbc.sql("SELECT id FROM produk_hukum WHERE kode_desa = :d AND tanggal_tetap >= :a"
                        + " AND tanggal_tetap <= :b")
                .param("d", kodeDesa)
                .param("a", LocalDate.of(tahun, 1, 1))
                .param("b", LocalDate.of(tahun, 12, 31))
                .query(Long.class)
                .list();
        return repository.findAllById(ids).stream()
                .sorted(Comparator.comparing(ProdukHukum::tanggalTetap).thenComparing(ProdukHukum::id))
                .toList();
    }

    /**
     * Who records an evaluation: the Camat of the village (delegated), or a TA or admin covering it
     * recording the Bupati's letter.
     */
    static EvaluatorProdukHukum evaluator(PenggunaSaatIni me, String kodeDesa) {
        if (me.peran() == Peran.CAMAT && me.mencakup(kodeDesa)) {
            return EvaluatorProdukHukum.CAMAT;
        }
        if ((me.peran() == Peran.TA || me.peran() == Peran.ADMIN) && me.mencakup(kodeDesa)) {
            return EvaluatorProdukHukum.BUPATI;
        }
        throw new ForbiddenException("regulasi.hanyaCamat");
    }

    static boolean bolehMengelola(PenggunaSaatIni me, String kodeDesa) {
        return PEMERINTAH.contains(me.peran()) && me.bolehMencatat(kodeDesa);
    }

    private static void wajibPemerintah(PenggunaSaatIni me, String kodeDesa) {
        if (!bolehMengelola(me, kodeDesa)) {
            throw new ForbiddenException("regulasi.hanyaPemerintahDesa");
        }
    }

    LocalDate hariIni() {
        return LocalDate.now(clock.withZone(ZoneId.of("Asia/Jakarta")));
    }

    private Instant now() {
        return Instant.now(clock);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
