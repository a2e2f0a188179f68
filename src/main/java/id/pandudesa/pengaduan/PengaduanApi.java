package id.pandudesa.pengaduan;

/** What other modules may ask of complaints: figures without any complainant's identity. */
public interface PengaduanApi {

    /** A desa's complaints for its public board: how many were filed, are open and were resolved. */
    record Ringkasan(long total, long terbuka, long selesai) {}

    Ringkasan ringkasanDesa(String kodeDesa);
}
