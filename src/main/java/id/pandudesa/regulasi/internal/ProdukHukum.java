package id.pandudesa.regulasi.internal;

import id.pandudesa.akun.Peran;
import id.pandudesa.platform.RuleViolationException;
import id.pandudesa.platform.audit.Audited;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One regulation or decision of a village on its way through Permendagri 111/2014: a Perdes is
 * drafted, discussed with the BPD (citing the musyawarah), agreed, sent for the Camat's or
 * Bupati's evaluation where the law asks for it, adopted by the head and promulgated in the
 * Lembaran Desa; a Peraturan Bersama is agreed between the heads, adopted and promulgated in the
 * Berita Desa; a Perkades is adopted and promulgated in the Berita Desa; a Keputusan is adopted.
 * Each step checks the one before; an adopted text is not changed any more.
 */
@Table("produk_hukum")
public class ProdukHukum implements Audited {

    @Id
    private Long id;

    private final String kodeDesa;
    private final JenisProdukHukum jenis;
    private String judul;
    private String uraian;
    private final boolean perluEvaluasi;
    private StatusProdukHukum status;
    private Long musyawarahId;
    private LocalDate tanggalSepakat;

    @Embedded.Nullable
    private EvaluasiProdukHukum penilaian;

    private String nomor;
    private LocalDate tanggalTetap;
    private String nomorUndang;
    private LocalDate tanggalUndang;
    private final Long mengubahId;
    private final PerubahanProdukHukum perubahan;
    private BerlakuProdukHukum berlaku;
    private Long digantiOlehId;
    private final Instant dibuat;
    private final String dibuatOleh;
    private Instant diubah;

    @Version
    private Integer versi;

    @MappedCollection(idColumn = "produk_hukum_id", keyColumn = "urutan")
    private List<TeksProdukHukum> teks;

    @MappedCollection(idColumn = "produk_hukum_id", keyColumn = "urutan")
    private List<KomentarProdukHukum> komentar;

    @PersistenceCreator
    ProdukHukum(
            Long id,
            String kodeDesa,
            JenisProdukHukum jenis,
            String judul,
            String uraian,
            boolean perluEvaluasi,
            StatusProdukHukum status,
            Long musyawarahId,
            LocalDate tanggalSepakat,
            EvaluasiProdukHukum penilaian,
            String nomor,
            LocalDate tanggalTetap,
            String nomorUndang,
            LocalDate tanggalUndang,
            Long mengubahId,
            PerubahanProdukHukum perubahan,
            BerlakuProdukHukum berlaku,
            Long digantiOlehId,
            Instant dibuat,
            String dibuatOleh,
            Instant diubah,
            Integer versi,
            List<TeksProdukHukum> teks,
            List<KomentarProdukHukum> komentar) {
        this.id = id;
        this.kodeDesa = kodeDesa;
        this.jenis = jenis;
        this.judul = judul;
        this.uraian = uraian;
        this.perluEvaluasi = perluEvaluasi;
        this.status = status;
        this.musyawarahId = musyawarahId;
        this.tanggalSepakat = tanggalSepakat;
        this.penilaian = penilaian;
        this.nomor = nomor;
        this.tanggalTetap = tanggalTetap;
        this.nomorUndang = nomorUndang;
        this.tanggalUndang = tanggalUndang;
        this.mengubahId = mengubahId;
        this.perubahan = perubahan;
        this.berlaku = berlaku == null ? BerlakuProdukHukum.BERLAKU : berlaku;
        this.digantiOlehId = digantiOlehId;
        this.dibuat = dibuat;
        this.dibuatOleh = dibuatOleh;
        this.diubah = diubah;
        this.versi = versi;
        this.teks = teks == null ? new ArrayList<>() : new ArrayList<>(teks);
        this.komentar = komentar == null ? new ArrayList<>() : new ArrayList<>(komentar);
    }

    static ProdukHukum rancangan(
            String kodeDesa,
            JenisProdukHukum jenis,
            String judul,
            String uraian,
            boolean perluEvaluasi,
            ProdukHukum diubah,
            PerubahanProdukHukum perubahan,
            String oleh,
            Instant now) {
        if (diubah != null) {
            wajib(diubah.kodeDesa.equals(kodeDesa), "regulasi.perubahan.desaLain");
            wajib(diubah.jenis == jenis, "regulasi.perubahan.jenisLain");
            wajib(diubah.publik() && diubah.berlaku == BerlakuProdukHukum.BERLAKU, "regulasi.perubahan.tidakBerlaku");
            wajib(perubahan != null, "regulasi.perubahan.sifatWajib");
        }
        return new ProdukHukum(
                null,
                kodeDesa,
                jenis,
                judul,
                uraian,
                jenis == JenisProdukHukum.PERDES && perluEvaluasi,
                StatusProdukHukum.RANCANGAN,
                null, // musyawarahId
                null, // tanggalSepakat
                null, // penilaian
                null, // nomor
                null, // tanggalTetap
                null, // nomorUndang
                null, // tanggalUndang
                diubah == null ? null : diubah.id,
                diubah == null ? null : perubahan,
                BerlakuProdukHukum.BERLAKU,
                null,
                now,
                oleh,
                now,
                null,
                List.of(),
                List.of());
    }

    /** A Perdes draft is discussed with the BPD in a musyawarah. */
    void bahas(long musyawarah, Instant now) {
        wajib(jenis == JenisProdukHukum.PERDES, "regulasi.langkah.hanyaPerdes");
        wajib(status == StatusProdukHukum.RANCANGAN, "regulasi.langkah.bukanRancangan");
        this.musyawarahId = musyawarah;
        this.status = StatusProdukHukum.DIBAHAS;
        this.diubah = now;
    }

    /** Agreed with the BPD (a Perdes, after its discussion) or between the heads (a Peraturan Bersama). */
    void sepakati(LocalDate tanggal, Instant now) {
        wajib(
                jenis == JenisProdukHukum.PERDES || jenis == JenisProdukHukum.PERATURAN_BERSAMA,
                "regulasi.langkah.tanpaKesepakatan");
        wajib(
                jenis == JenisProdukHukum.PERDES
                        ? status == StatusProdukHukum.DIBAHAS
                        : status == StatusProdukHukum.RANCANGAN,
                jenis == JenisProdukHukum.PERDES ? "regulasi.langkah.belumDibahas" : "regulasi.langkah.bukanRancangan");
        this.tanggalSepakat = tanggal;
        this.status = StatusProdukHukum.DISEPAKATI;
        this.diubah = now;
    }

    /** An agreed Perdes that needs evaluation is sent to the Bupati through the Camat. */
    void ajukanEvaluasi(String nomorSurat, LocalDate tanggal, Instant now) {
        wajib(perluEvaluasi, "regulasi.langkah.tanpaEvaluasi");
        wajib(status == StatusProdukHukum.DISEPAKATI, "regulasi.langkah.belumDisepakati");
        this.penilaian = EvaluasiProdukHukum.diajukan(nomorSurat, tanggal);
        this.status = StatusProdukHukum.MENUNGGU_EVALUASI;
        this.diubah = now;
    }

    /**
     * The evaluation: fitting, or back to the agreed draft for correction. The Bupati evaluates
     * (Permendagri 111/2014 art. 11) and may delegate to the Camat; the Bupati's letter has a number.
     */
    void evaluasi(
            EvaluatorProdukHukum siapa, String nomorSurat, boolean sesuai, String catatan, String oleh, Instant now) {
        wajib(status == StatusProdukHukum.MENUNGGU_EVALUASI, "regulasi.langkah.belumDiajukanEvaluasi");
        this.penilaian = penilaian.dinilai(sesuai, catatan, oleh, siapa, nomorSurat);
        this.status = sesuai ? StatusProdukHukum.DIEVALUASI : StatusProdukHukum.DISEPAKATI;
        this.diubah = now;
    }

    /** The head adopts it with its number and date. */
    void tetapkan(String nomorTetap, LocalDate tanggal, Instant now) {
        StatusProdukHukum before = switch (jenis) {
            case PERDES -> perluEvaluasi ? StatusProdukHukum.DIEVALUASI : StatusProdukHukum.DISEPAKATI;
            case PERATURAN_BERSAMA -> StatusProdukHukum.DISEPAKATI;
            case PERKADES, KEPUTUSAN_KADES -> StatusProdukHukum.RANCANGAN;
        };
        wajib(
                status == before,
                perluEvaluasi ? "regulasi.langkah.belumDievaluasi" : "regulasi.langkah.belumSiapDitetapkan");
        wajib(!teks.isEmpty(), "regulasi.langkah.tanpaTeks");
        this.nomor = nomorTetap;
        this.tanggalTetap = tanggal;
        this.status = StatusProdukHukum.DITETAPKAN;
        this.diubah = now;
    }

    /** Promulgated in the Lembaran Desa (a Perdes) or the Berita Desa (the others but a decision). */
    void undangkan(String nomorUndangan, LocalDate tanggal, Instant now) {
        wajib(jenis != JenisProdukHukum.KEPUTUSAN_KADES, "regulasi.langkah.keputusanTidakDiundangkan");
        wajib(status == StatusProdukHukum.DITETAPKAN, "regulasi.langkah.belumDitetapkan");
        wajib(!tanggal.isBefore(tanggalTetap), "regulasi.langkah.undangSebelumTetap");
        this.nomorUndang = nomorUndangan;
        this.tanggalUndang = tanggal;
        this.status = StatusProdukHukum.DIUNDANGKAN;
        this.diubah = now;
    }

    /** Whether this regulation now stands in law: promulgated, or adopted where the kind is not promulgated. */
    boolean berlakuSekarang() {
        return status == StatusProdukHukum.DIUNDANGKAN
                || (jenis == JenisProdukHukum.KEPUTUSAN_KADES && status == StatusProdukHukum.DITETAPKAN);
    }

    /** The earlier regulation this one amends or revokes is replaced by it. */
    void digantiOleh(ProdukHukum baru, Instant now) {
        wajib(berlaku == BerlakuProdukHukum.BERLAKU, "regulasi.perubahan.tidakBerlaku");
        this.berlaku =
                baru.perubahan == PerubahanProdukHukum.CABUT ? BerlakuProdukHukum.DICABUT : BerlakuProdukHukum.DIUBAH;
        this.digantiOlehId = baru.id;
        this.diubah = now;
    }

    void tambahTeks(long berkasId, String catatan, String oleh, Instant now) {
        wajib(status.ordinal() < StatusProdukHukum.DITETAPKAN.ordinal(), "regulasi.langkah.teksTerkunci");
        teks.add(new TeksProdukHukum(berkasId, kodeDesa, catatan, oleh, now));
        this.diubah = now;
    }

    void komentari(String oleh, Peran peran, String isi, Instant now) {
        wajib(status.ordinal() < StatusProdukHukum.DITETAPKAN.ordinal(), "regulasi.langkah.komentarDitutup");
        komentar.add(new KomentarProdukHukum(oleh, peran, isi, now));
        this.diubah = now;
    }

    private static void wajib(boolean ok, String key) {
        if (!ok) {
            throw new RuleViolationException(key);
        }
    }

    /** Whether the public may see it: adopted (and promulgated where the kind is). */
    public boolean publik() {
        return status == StatusProdukHukum.DITETAPKAN || status == StatusProdukHukum.DIUNDANGKAN;
    }

    @Override
    public String auditKodeDesa() {
        return kodeDesa;
    }

    public Long id() {
        return id;
    }

    public String kodeDesa() {
        return kodeDesa;
    }

    public JenisProdukHukum jenis() {
        return jenis;
    }

    public String judul() {
        return judul;
    }

    public String uraian() {
        return uraian;
    }

    public boolean perluEvaluasi() {
        return perluEvaluasi;
    }

    public StatusProdukHukum status() {
        return status;
    }

    public Long musyawarahId() {
        return musyawarahId;
    }

    public LocalDate tanggalSepakat() {
        return tanggalSepakat;
    }

    public Long mengubahId() {
        return mengubahId;
    }

    public PerubahanProdukHukum perubahan() {
        return perubahan;
    }

    public BerlakuProdukHukum berlaku() {
        return berlaku;
    }

    public Long digantiOlehId() {
        return digantiOlehId;
    }

    /** The evaluation's letter and outcome; null while the draft was never sent for one. */
    public EvaluasiProdukHukum penilaian() {
        return penilaian;
    }

    public String nomor() {
        return nomor;
    }

    public LocalDate tanggalTetap() {
        return tanggalTetap;
    }

    public String nomorUndang() {
        return nomorUndang;
    }

    public LocalDate tanggalUndang() {
        return tanggalUndang;
    }

    public Integer versi() {
        return versi;
    }

    public List<TeksProdukHukum> teks() {
        return List.copyOf(teks);
    }

    public List<KomentarProdukHukum> komentar() {
        return List.copyOf(komentar);
    }
}
