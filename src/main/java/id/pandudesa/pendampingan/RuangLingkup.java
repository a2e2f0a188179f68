package id.pandudesa.pendampingan;

/** The five scopes of facilitation (Kepmendesa 40/2021). */
public enum RuangLingkup {
    PEMBANGUNAN_DESA,
    PEMBERDAYAAN_MASYARAKAT,
    KAPASITAS_KADERISASI,
    EKONOMI_LOKAL_BUMDES,
    PENGADUAN_MASALAH
}
