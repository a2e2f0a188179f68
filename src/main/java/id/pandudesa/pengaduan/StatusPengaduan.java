package id.pandudesa.pengaduan;

/** Where a complaint stands (CONTRACTS.md). SELESAI and DITOLAK end a case. */
public enum StatusPengaduan {
    DITERIMA,
    DIVERIFIKASI,
    DITINDAKLANJUTI,
    MEDIASI,
    SELESAI,
    DIRUJUK,
    DITOLAK;

    public boolean akhir() {
        return this == SELESAI || this == DITOLAK;
    }
}
