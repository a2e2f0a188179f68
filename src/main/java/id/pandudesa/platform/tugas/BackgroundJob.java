package id.pandudesa.platform.tugas;

import java.time.Instant;

/** A piece of long work running in the background, as its page shows it. */
public record BackgroundJob(
        long id,
        String jenis,
        String judul,
        String status,
        long total,
        long selesai,
        String pesan,
        String pemilik,
        Instant dibuat,
        Instant berakhir) {

    public static final String BERJALAN = "BERJALAN";
    public static final String SELESAI = "SELESAI";
    public static final String GAGAL = "GAGAL";

    public int persen() {
        return total <= 0 ? (SELESAI.equals(status) ? 100 : 0) : (int) Math.min(100, selesai * 100 / total);
    }

    public boolean berjalan() {
        return BERJALAN.equals(status);
    }
}
