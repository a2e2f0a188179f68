package id.pandudesa.pendampingan.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A facilitator's month, generated from the log (never typed twice): the public contract's
 * figures ({@code jumlahKegiatan … pesertaPerempuan}, {@code jamKerja} in hours with one decimal)
 * plus the time sheet per desa, the entries with their working times (the Lembar Waktu Kerja),
 * the open follow-ups and a few photos for the printed report.
 */
record RingkasanBulanan(
        String username,
        String bulan,
        long jumlahKegiatan,
        long hariKerja,
        java.math.BigDecimal jamKerja,
        long kegiatanTanpaJam,
        Map<String, Long> perMetode,
        Map<String, Long> perRuangLingkup,
        long pesertaLaki,
        long pesertaPerempuan,
        List<PerDesa> perDesa,
        List<Baris> kegiatan,
        List<TindakLanjut> tindakLanjut,
        List<Long> foto) {

    /** Share of women among participants, 0–100, or null without participants. */
    public Integer porsiPerempuan() {
        long all = pesertaLaki + pesertaPerempuan;
        return all == 0 ? null : (int) Math.round(100.0 * pesertaPerempuan / all);
    }

    record PerDesa(
            String kodeDesa,
            String nama,
            long hariKerja,
            java.math.BigDecimal jamKerja,
            long jumlahKegiatan,
            long pesertaLaki,
            long pesertaPerempuan) {}

    record Baris(
            long id,
            LocalDate tanggal,
            String jamMulai,
            String jamSelesai,
            int menitKerja,
            String kodeDesa,
            String namaDesa,
            String metode,
            String ruangLingkup,
            String uraian,
            String hasil,
            int pesertaLaki,
            int pesertaPerempuan) {}

    record TindakLanjut(long id, String namaDesa, String isi, LocalDate tenggat, LocalDate selesai) {}
}
