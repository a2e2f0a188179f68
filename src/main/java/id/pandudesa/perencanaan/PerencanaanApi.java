package id.pandudesa.perencanaan;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What other modules may read of a desa's plans: the adopted APBDes as the public sees it (the
 * information board, the poster). A draft is never published.
 */
public interface PerencanaanApi {

    /** A project or activity of the budget: what, where, how much. */
    record Kegiatan(String nama, String kodeKegiatan, long anggaran) {}

    /**
     * The newest adopted version of a desa-year's APBDes, with its figures named for reading:
     * {@code perSumber} pendapatan by source name, {@code perBidang} belanja by bidang name,
     * {@code kegiatanUtama} the largest development and empowerment activities, {@code danaDesa}
     * the Dana Desa it plans to receive (rekening 4.2.1).
     */
    record ApbdesTerbit(
            String kodeDesa,
            int tahun,
            int nomor,
            Instant ditetapkan,
            long pendapatan,
            long belanja,
            long surplusDefisit,
            long penerimaanPembiayaan,
            long pengeluaranPembiayaan,
            long pembiayaanNetto,
            long silpaTahunBerjalan,
            long danaDesa,
            Map<String, Long> perSumber,
            Map<String, Long> perBidang,
            List<Kegiatan> kegiatanUtama) {}

    Optional<ApbdesTerbit> apbdesTerbit(String kodeDesa, int tahun);

    /** A realised amount beside its budget. */
    record Terhadap(long realisasi, long anggaran) {}

    /**
     * The latest realisation point of a desa-year as the public sees it: totals beside the budget
     * they were read against, Dana Desa received (rekening 4.2.1) and spent (belanja lines whose
     * source of funds is Dana Desa), and belanja per bidang by bidang name.
     */
    record RealisasiTerbit(
            java.time.LocalDate sampai,
            Terhadap pendapatan,
            Terhadap belanja,
            Terhadap danaDesaDiterima,
            Terhadap danaDesaDibelanjakan,
            Map<String, Terhadap> perBidang) {}

    Optional<RealisasiTerbit> realisasiTerbit(String kodeDesa, int tahun);

    /** What the latest realisation point of a desa-year says of one kegiatan's belanja. */
    record RealisasiKegiatan(java.time.LocalDate sampai, long realisasi, long anggaran) {}

    /**
     * The belanja realised on a kegiatan at the desa-year's latest realisation point, beside its
     * budget in the adopted version read against; empty before any point.
     */
    Optional<RealisasiKegiatan> realisasiKegiatan(String kodeDesa, int tahun, String kodeKegiatan);

    /**
     * Where a kegiatan's belanja comes from in the adopted APBDes of the desa-year (its latest
     * adopted version): kode kegiatan → source code (DDS, ADD, PAD, DBH, PBK, PBP, DLL; "" where
     * the line gives none) → rupiah. Empty before an APBDes is adopted.
     */
    Map<String, Map<String, Long>> sumberDanaKegiatan(String kodeDesa, int tahun);

    /**
     * Every activity of bidang 2 to 5 in the adopted APBDes of the desa-year, largest first, named
     * as {@link ApbdesTerbit#kegiatanUtama} names them: what implementation can be reported on.
     */
    List<Kegiatan> kegiatanBelanja(String kodeDesa, int tahun);

    /**
     * The penyertaan modal desa (pengeluaran pembiayaan, rekening 6.2.2) each desa's adopted APBDes
     * of the year budgets: what the village puts into its BUMDes. A desa without an adopted APBDes
     * that year is absent from the answer; one whose APBDes has no such line answers 0.
     */
    Map<String, Long> penyertaanModal(java.util.Collection<String> kodeDesa, int tahun);
}
