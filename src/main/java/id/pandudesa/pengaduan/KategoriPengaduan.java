package id.pandudesa.pengaduan;

/** What a complaint is about (CONTRACTS.md). */
public enum KategoriPengaduan {
    PEMBANGUNAN,
    KEUANGAN,
    PELAYANAN,
    PENDAMPINGAN,
    PERSELISIHAN,
    LAINNYA
}
