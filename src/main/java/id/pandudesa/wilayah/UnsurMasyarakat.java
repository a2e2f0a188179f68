package id.pandudesa.wilayah;

/**
 * The groups of village society that take part in facilitation and musyawarah (Permendesa
 * 16/2019; seed 001): who was there, so every report can show that everyone was included.
 */
public enum UnsurMasyarakat {
    PEMERINTAH_DESA,
    BPD,
    LEMBAGA_KEMASYARAKATAN,
    TOKOH_ADAT,
    TOKOH_AGAMA,
    TOKOH_MASYARAKAT,
    TOKOH_PENDIDIKAN,
    KELOMPOK_TANI,
    KELOMPOK_NELAYAN,
    KELOMPOK_PERAJIN,
    KELOMPOK_PEREMPUAN,
    PERLINDUNGAN_ANAK,
    MASYARAKAT_MISKIN,
    PENYANDANG_DISABILITAS,
    PEMUDA,
    KADER_DESA,
    BUMDES,
    LAINNYA
}
