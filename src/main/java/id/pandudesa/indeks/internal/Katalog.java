package id.pandudesa.indeks.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * An index definition as data (a catalogue file under {@code indeks/katalog/}): its dimensions and
 * how they aggregate, the status cut-offs, the questions asked and the rules that turn raw answers
 * into indicator scores, and per score the recommended activity and who can act. A new regulation
 * (Indeks Desa 2024) is a new file, not new code; {@code resmi} says whether its source is confirmed.
 */
public record Katalog(
        String kode,
        String versi,
        String nama,
        boolean resmi,
        String dasarHukum,
        String catatan,
        int skorMaks,
        List<Dimensi> dimensi,
        String agregasi,
        List<Status> status,
        List<Turunan> turunan,
        List<Indikator> indikator) {

    public String id() {
        return kode + "-" + versi;
    }

    /** A dimension: its indicators' scores are summed and divided by {@code pembagi}. */
    record Dimensi(String kode, String nama, int jumlahIndikator, int pembagi) {}

    /** A status up to (and including) {@code batasAtas}; {@code skorMinimal} is where it starts. */
    record Status(String kode, String label, BigDecimal batasAtas, BigDecimal skorMinimal) {}

    /** A value computed from answers (a ratio), usable in rules as {@code #kode}. */
    record Turunan(String kode, String rumus) {}

    public record Indikator(
            int no, String kode, String dimensi, String nama, List<Pertanyaan> pertanyaan, List<Aturan> aturan) {}

    /**
     * A question asked for an indicator: {@code ANGKA} (a number, with unit and bounds), {@code
     * YA_TIDAK}, or {@code PILIHAN} (one of {@code opsi}).
     */
    public record Pertanyaan(
            String kode, String teks, String jenis, String satuan, BigDecimal min, BigDecimal maks, List<Opsi> opsi) {}

    record Opsi(String kode, String label) {}

    /**
     * The first rule whose {@code syarat} holds gives the score. The regulation's wording, the
     * recommended activity and the actors ({@code pusat}, {@code prov}, {@code kab}, {@code desa},
     * {@code csr}, {@code lainnya}) belong to that score.
     */
    record Aturan(int skor, String syarat, String keterangan, String kegiatan, Map<String, String> pelaku) {}
}
