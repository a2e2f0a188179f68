package id.pandudesa.dasbor;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a module adds to the dashboards of every level. The dashboard module asks each source for
 * its figures of one year, summed per region in one query of the module's own tables, and adds
 * nothing of its own: the figures are always the module's records.
 *
 * <p>Every figure is a count or a sum that adds up along the region tree (a kecamatan's figure is
 * the sum of its villages'); averages and shares are kept as their sum and their count (e.g.
 * {@code hariSelesai} seconds and {@code selesai} cases) so that any level divides them itself.
 * A dotted key ({@code perMetode.ASISTENSI}) is a figure in a group; a key starting with {@code _}
 * is for the map only, never shown as a figure.
 */
public interface SumberDasbor {

    /** The module's key: its field in the API answer and its message prefix {@code dasbor.<kunci>}. */
    String kunci();

    /** Where the module's block stands on the page. */
    int urutan();

    /** The figures always present (zero when nothing is recorded), in the order they are shown. */
    List<String> ukuran();

    /**
     * The year's figures of the villages the request covers, one map per group key (the first
     * {@link PermintaanDasbor#panjang()} characters of the desa code); groups without records may be
     * left out.
     *
     * <p>Called on one of the dashboard's worker threads, outside any transaction: each statement
     * runs on its own (at READ COMMITTED a read-only transaction would see no firmer picture, and
     * would cost a round trip to the database per module).
     */
    Map<String, Map<String, Long>> hitung(PermintaanDasbor permintaan);

    /** Whether a figure is an amount of rupiah (shown as one, e.g. "Rp 1,25 M"). */
    default boolean rupiah(String ukuran) {
        return false;
    }

    /**
     * The message prefix of the items of a dotted group, e.g. {@code perMetode} → {@code metode.}
     * (so {@code perMetode.ASISTENSI} is labelled by {@code metode.ASISTENSI}); by default {@code
     * dasbor.<kunci>.<group>.}.
     */
    default String labelKelompok(String kelompok) {
        return "dasbor." + kunci() + "." + kelompok + ".";
    }

    /**
     * Figures computed from two others at every level, e.g. the mean days to resolve a complaint
     * ({@code detikSelesai / selesai / 86400}) or the share of women among participants.
     */
    default List<Turunan> turunan() {
        return List.of();
    }

    /**
     * {@code pembilang / penyebut * skala}, shown with {@code desimal} decimals; none when the
     * denominator is zero.
     */
    record Turunan(String kunci, String pembilang, String penyebut, double skala, int desimal) {}

    /**
     * Facts about the figures that do not add up, shown beside them: e.g. the IDM year the figures
     * are of, when the latest results are older than the year asked for.
     */
    default Map<String, Object> keterangan(PermintaanDasbor permintaan) {
        return Map.of();
    }

    /** The list behind the figures of a region (any level, or {@code ""} for the whole country). */
    Optional<String> tautan(String kodeWilayah, int tahun);
}
