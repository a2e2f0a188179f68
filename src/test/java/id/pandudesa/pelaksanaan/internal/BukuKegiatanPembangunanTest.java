package id.pandudesa.pelaksanaan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** A project's budget over the book's source columns: proportional, and the columns add up to the budget. */
class BukuKegiatanPembangunanTest {

    @Test
    void dana_desa_to_the_government_add_and_aid_to_the_kabupaten_the_rest_apart() {
        long[] b = BukuKegiatanPembangunan.bagi(
                100_000_000, Map.of("DDS", 60L, "ADD", 20L, "PBK", 10L, "PBP", 5L, "PAD", 5L));
        assertThat(b).containsExactly(60_000_000, 5_000_000, 30_000_000, 5_000_000);
        assertThat(BukuKegiatanPembangunan.bagi(7, Map.of())).containsExactly(0, 0, 0, 7);
        assertThat(BukuKegiatanPembangunan.bagi(7, null)).containsExactly(0, 0, 0, 7);
    }

    @Property
    void the_columns_always_add_up_to_the_budget(
            @ForAll @LongRange(min = 1, max = 10_000_000_000L) long anggaran,
            @ForAll @LongRange(max = 1_000_000_000L) long dds,
            @ForAll @LongRange(max = 1_000_000_000L) long add,
            @ForAll @LongRange(max = 1_000_000_000L) long pbp,
            @ForAll @LongRange(max = 1_000_000_000L) long pad) {
        long[] b = BukuKegiatanPembangunan.bagi(anggaran, Map.of("DDS", dds, "ADD", add, "PBP", pbp, "PAD", pad));
        assertThat(b[0] + b[1] + b[2] + b[3]).isEqualTo(anggaran);
        assertThat(java.util.Arrays.stream(b).min().orElseThrow()).isNotNegative();
    }
}
