package id.pandudesa.pendampingan;

/**
 * A pointer from a log entry to a record of another module (a musyawarah, a project, a
 * complaint), so later modules link to the log without this module knowing them.
 *
 * @param jenis the kind of record, e.g. {@code musyawarah.Musyawarah}
 * @param id the record's id in its module
 */
public record Rujukan(String jenis, String id) {

    /** The kinds of record a log entry may point to: {@code module.Aggregate}. */
    public static final java.util.Set<String> JENIS = java.util.Set.of(
            "musyawarah.Musyawarah",
            "perencanaan.Usulan",
            "perencanaan.Apbdes",
            "pelaksanaan.Proyek",
            "pengaduan.Pengaduan",
            "kapasitas.Kader",
            "kapasitas.Pelatihan",
            "kapasitas.Lembaga",
            "ekonomi.Bumdes",
            "kerjasama.Perjanjian",
            "indeks.Kuesioner");

    /** Whether a pointer names a known kind and a record id (a whole number from 1). */
    public static boolean sah(String jenis, String id) {
        return jenis != null
                && JENIS.contains(jenis.trim())
                && id != null
                && id.trim().matches("[1-9][0-9]{0,17}");
    }
}
