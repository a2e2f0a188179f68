package id.pandudesa.perencanaan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.pandudesa.platform.FieldProblem;
import id.pandudesa.platform.tabel.TabelMasuk;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class BacaApbdesTest {

    static final KodeApbdes CODES = new KodeApbdes();
    static final String HEADER = "kode_kegiatan,kode_rekening,uraian,anggaran\n";

    static BacaApbdes.Hasil read(String csv) throws IOException {
        return BacaApbdes.baca(
                TabelMasuk.csv(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))), CODES, "3517082007");
    }

    @Test
    void a_good_table_becomes_lines_and_an_empty_description_takes_the_codes_name() throws IOException {
        BacaApbdes.Hasil r = read(HEADER
                + ",4.2.1.01,,1000000000\n"
                + "2.2.01,5.3.2.01,Rabat beton Dusun Cukir,250.000.000\n"
                + "02.01.01.,5.2.1.01,ATK PAUD,1500000\n"
                + ",6.1.1.01,SILPA,20000000\n");
        assertThat(r.masalah()).isEmpty();
        assertThat(r.baris())
                .extracting(Apbdes.Baris::kodeKegiatan, Apbdes.Baris::kodeRekening, Apbdes.Baris::anggaran)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(null, "4.2.1.01", 1_000_000_000L),
                        org.assertj.core.groups.Tuple.tuple("2.2.01", "5.3.2.01", 250_000_000L),
                        org.assertj.core.groups.Tuple.tuple("2.1.01", "5.2.1.01", 1_500_000L),
                        org.assertj.core.groups.Tuple.tuple(null, "6.1.1.01", 20_000_000L));
        assertThat(r.baris().getFirst().uraian()).isEqualTo("Dana Desa");
    }

    @Test
    void every_bad_row_is_named_with_its_column_and_nothing_is_kept() throws IOException {
        BacaApbdes.Hasil r = read(HEADER
                + ",4.2.1.01,Dana Desa,1000000000\n"
                + ",9.9.9.99,Kode salah,5\n"
                + ",5.2.1.01,Tanpa kegiatan,5\n"
                + "2.1.01,4.1.1.01,Pendapatan berkegiatan,5\n"
                + "2.1.01,5.2.1.01,Minus,-5\n"
                + "2.1.01,5.2.1.01,Desimal,1500.50\n"
                + "2.9.99,5.2.1.01,Kegiatan salah,5\n");
        assertThat(r.baris()).isEmpty();
        assertThat(r.masalah())
                .extracting(FieldProblem::row, FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, "kode_rekening", "apbdes.rekeningTidakDikenal"),
                        org.assertj.core.groups.Tuple.tuple(3, "kode_kegiatan", "apbdes.kegiatanWajib"),
                        org.assertj.core.groups.Tuple.tuple(4, "kode_kegiatan", "apbdes.kegiatanTidakBoleh"),
                        org.assertj.core.groups.Tuple.tuple(5, "anggaran", "apbdes.anggaranTidakValid"),
                        org.assertj.core.groups.Tuple.tuple(6, "anggaran", "apbdes.anggaranTidakValid"),
                        org.assertj.core.groups.Tuple.tuple(7, "kode_kegiatan", "apbdes.kegiatanTidakDikenal"));
    }

    @Test
    void a_missing_column_or_an_empty_table_is_refused() throws IOException {
        assertThat(read("kode_rekening,anggaran\n4.2.1.01,5\n").masalah())
                .extracting(FieldProblem::field)
                .containsExactly("kode_kegiatan", "uraian");
        assertThat(read(HEADER).masalah()).extracting(FieldProblem::messageKey).containsExactly("apbdes.kosong");
    }

    @Property
    void any_whole_amount_reads_back_plain_or_grouped(@ForAll @LongRange(min = 0, max = 999_999_999_999L) long amount) {
        assertThat(BacaApbdes.rupiah(Long.toString(amount))).isEqualTo(amount);
        String grouped = String.format(java.util.Locale.forLanguageTag("id"), "%,d", amount);
        assertThat(BacaApbdes.rupiah(grouped)).isEqualTo(amount);
        assertThat(BacaApbdes.rupiah("-" + amount)).isNull();
    }

    @Test
    void the_budget_figures_follow_the_contracts_formulas() throws IOException {
        BacaApbdes.Hasil r = read(HEADER
                + ",4.2.1.01,,900000000\n"
                + ",4.2.3.01,,300000000\n"
                + ",4.1.2.01,,50000000\n"
                + "2.2.01,5.3.2.01,Jalan,700000000\n"
                + "1.1.01,5.1.1.01,Siltap,400000000\n"
                + "4.3.01,5.2.2.01,Pelatihan,200000000\n"
                + ",6.1.1.01,,80000000\n"
                + ",6.2.2.01,,30000000\n");
        assertThat(r.masalah()).isEmpty();
        Apbdes a = Apbdes.draf("3517082007", 2026, 1, r.baris(), "pemdes.cukir", java.time.Instant.now());
        RingkasanApbdes s = RingkasanApbdes.dari(a);
        assertThat(s.pendapatan()).isEqualTo(1_250_000_000L);
        assertThat(s.belanja()).isEqualTo(1_300_000_000L);
        assertThat(s.surplusDefisit()).isEqualTo(-50_000_000L);
        assertThat(s.penerimaanPembiayaan()).isEqualTo(80_000_000L);
        assertThat(s.pengeluaranPembiayaan()).isEqualTo(30_000_000L);
        assertThat(s.pembiayaanNetto()).isEqualTo(50_000_000L);
        assertThat(s.silpaTahunBerjalan()).isZero();
        assertThat(s.perBidang())
                .containsExactly(
                        java.util.Map.entry("1", 400_000_000L),
                        java.util.Map.entry("2", 700_000_000L),
                        java.util.Map.entry("3", 0L),
                        java.util.Map.entry("4", 200_000_000L),
                        java.util.Map.entry("5", 0L));
        assertThat(s.perSumberPendapatan())
                .containsExactly(
                        java.util.Map.entry("4.1.2", 50_000_000L),
                        java.util.Map.entry("4.2.1", 900_000_000L),
                        java.util.Map.entry("4.2.3", 300_000_000L));
    }

    @Test
    void an_amendment_lists_what_was_added_removed_and_changed() throws IOException {
        Apbdes v1 = Apbdes.draf(
                "3517082007",
                2026,
                1,
                read(HEADER
                                + ",4.2.1.01,,900000000\n2.2.01,5.3.2.01,Jalan,700000000\n1.1.01,5.1.1.01,Siltap,200000000\n")
                        .baris(),
                "a",
                java.time.Instant.now());
        Apbdes v2 = Apbdes.draf(
                "3517082007",
                2026,
                2,
                read(HEADER
                                + ",4.2.1.01,,950000000\n2.2.01,5.3.2.01,Jalan,700000000\n4.3.01,5.2.2.01,Pelatihan,250000000\n")
                        .baris(),
                "a",
                java.time.Instant.now());
        List<BedaApbdes.Perubahan> diff = BedaApbdes.antara(v1, v2);
        assertThat(diff)
                .extracting(
                        BedaApbdes.Perubahan::jenis, BedaApbdes.Perubahan::kodeRekening, BedaApbdes.Perubahan::selisih)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(BedaApbdes.Jenis.UBAH, "4.2.1.01", 50_000_000L),
                        org.assertj.core.groups.Tuple.tuple(BedaApbdes.Jenis.HAPUS, "5.1.1.01", -200_000_000L),
                        org.assertj.core.groups.Tuple.tuple(BedaApbdes.Jenis.TAMBAH, "5.2.2.01", 250_000_000L));
    }
}
