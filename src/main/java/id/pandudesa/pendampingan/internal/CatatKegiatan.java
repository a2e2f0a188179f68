package id.pandudesa.pendampingan.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A log entry as sent by the phone or the API ({@code POST /api/v1/pendampingan/kegiatan}). A
 * draft ({@code draf: true}) needs only date and desa; a final entry needs method, scope and what
 * was done. Enums travel as strings so a wrong value is a field error, not an unreadable body;
 * so do the optional working times ({@code "08:00"}, the desa's local time).
 */
record CatatKegiatan(
        @NotNull(message = "{validasi.wajib}") LocalDate tanggal,

        @Pattern(regexp = "^([01]?\\d|2[0-3]):[0-5]\\d$", message = "{kegiatan.jam.tidakValid}")
        String jamMulai,

        @Pattern(regexp = "^([01]?\\d|2[0-3]):[0-5]\\d$", message = "{kegiatan.jam.tidakValid}")
        String jamSelesai,

        @NotBlank(message = "{validasi.wajib}") @Size(max = 13, message = "{validasi.maks}")
        String kodeDesa,

        @Pattern(
                regexp = "^(ASISTENSI|PENGORGANISASIAN|PENGARAHAN|FASILITASI)$",
                message = "{kegiatan.metode.tidakDikenal}")
        String metode,

        @Pattern(
                regexp =
                        "^(PEMBANGUNAN_DESA|PEMBERDAYAAN_MASYARAKAT|KAPASITAS_KADERISASI|EKONOMI_LOKAL_BUMDES|PENGADUAN_MASALAH)$",
                message = "{kegiatan.ruangLingkup.tidakDikenal}")
        String ruangLingkup,

        @Size(max = 20, message = "{validasi.maks}") String subTopik,
        @Size(max = 4000, message = "{validasi.maks}") String uraian,
        @Size(max = 4000, message = "{validasi.maks}") String hasil,

        @Min(value = 0, message = "{validasi.tidakNegatif}") @Max(value = 100000, message = "{validasi.terlaluBesar}")
        Integer pesertaLaki,

        @Min(value = 0, message = "{validasi.tidakNegatif}") @Max(value = 100000, message = "{validasi.terlaluBesar}")
        Integer pesertaPerempuan,

        @Size(max = 20, message = "{validasi.maks}") List<String> unsur,
        @Size(max = 2000, message = "{validasi.maks}") String tindakLanjut,
        LocalDate tenggatTindakLanjut,

        @DecimalMin(value = "-90", message = "{kegiatan.lokasi.tidakValid}")
        @DecimalMax(value = "90", message = "{kegiatan.lokasi.tidakValid}")
        BigDecimal lintang,

        @DecimalMin(value = "-180", message = "{kegiatan.lokasi.tidakValid}")
        @DecimalMax(value = "180", message = "{kegiatan.lokasi.tidakValid}")
        BigDecimal bujur,

        @Valid RujukanDto rujukan,
        Boolean draf) {

    boolean isDraf() {
        return Boolean.TRUE.equals(draf);
    }

    /** A pointer to a record of another module. */
    record RujukanDto(
            @NotBlank(message = "{validasi.wajib}") @Size(max = 40, message = "{validasi.maks}")
            String jenis,

            @NotBlank(message = "{validasi.wajib}") @Size(max = 60, message = "{validasi.maks}")
            String id) {}
}
