package id.pandudesa.musyawarah;

import id.pandudesa.wilayah.UnsurMasyarakat;
import java.util.EnumSet;
import java.util.Set;

/**
 * The kinds of village meeting, each with the unsur expected by default (Permendesa 16/2019 for a
 * Musyawarah Desa; the dusun's own people for a Musdus). The organiser can change the list.
 */
public enum JenisMusyawarah {
    MUSDUS,
    MUSDES_PERENCANAAN,
    MUSDES_RKPDES,
    MUSDES_APBDES,
    MUSDES_PERTANGGUNGJAWABAN,
    MUSDES,
    MUSRENBANGDES,
    MUSDESUS,
    MUSYAWARAH_ANTAR_DESA,
    AKSI_REFLEKSI;

    /** The unsur of society Permendesa 16/2019 names for a Musyawarah Desa. */
    static final Set<UnsurMasyarakat> UNSUR_MUSDES = EnumSet.of(
            UnsurMasyarakat.PEMERINTAH_DESA,
            UnsurMasyarakat.BPD,
            UnsurMasyarakat.TOKOH_ADAT,
            UnsurMasyarakat.TOKOH_AGAMA,
            UnsurMasyarakat.TOKOH_MASYARAKAT,
            UnsurMasyarakat.TOKOH_PENDIDIKAN,
            UnsurMasyarakat.KELOMPOK_TANI,
            UnsurMasyarakat.KELOMPOK_PEREMPUAN,
            UnsurMasyarakat.PERLINDUNGAN_ANAK,
            UnsurMasyarakat.MASYARAKAT_MISKIN);

    public Set<UnsurMasyarakat> unsurBawaan() {
        return switch (this) {
            case MUSDUS ->
                EnumSet.of(
                        UnsurMasyarakat.TOKOH_MASYARAKAT,
                        UnsurMasyarakat.KELOMPOK_PEREMPUAN,
                        UnsurMasyarakat.MASYARAKAT_MISKIN,
                        UnsurMasyarakat.PEMUDA);
            case MUSYAWARAH_ANTAR_DESA -> EnumSet.of(UnsurMasyarakat.PEMERINTAH_DESA, UnsurMasyarakat.BPD);
            case AKSI_REFLEKSI -> EnumSet.of(UnsurMasyarakat.KADER_DESA, UnsurMasyarakat.KELOMPOK_PEREMPUAN);
            default -> EnumSet.copyOf(UNSUR_MUSDES);
        };
    }

    /** Meetings held by the BPD (a Musyawarah Desa in all its kinds). */
    public boolean olehBpd() {
        return name().startsWith("MUSDES") || this == MUSDESUS;
    }
}
