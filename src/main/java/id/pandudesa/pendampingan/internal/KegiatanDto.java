package id.pandudesa.pendampingan.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A log entry in the API. */
record KegiatanDto(
        long id,
        LocalDate tanggal,
        String jamMulai,
        String jamSelesai,
        String kodeDesa,
        String penulis,
        String peranPenulis,
        String status,
        String metode,
        String ruangLingkup,
        String subTopik,
        String uraian,
        String hasil,
        int pesertaLaki,
        int pesertaPerempuan,
        List<String> unsur,
        String tindakLanjut,
        LocalDate tenggatTindakLanjut,
        LocalDate tindakLanjutSelesai,
        BigDecimal lintang,
        BigDecimal bujur,
        Rujukan rujukan,
        List<Long> foto,
        int versi) {

    record Rujukan(String jenis, String id) {}

    static KegiatanDto of(KegiatanPendampingan k) {
        return new KegiatanDto(
                k.id(),
                k.tanggal(),
                k.jam() == null ? null : JamKerja.FORMAT.format(k.jam().mulai()),
                k.jam() == null ? null : JamKerja.FORMAT.format(k.jam().selesai()),
                k.kodeDesa(),
                k.penulis(),
                k.peranPenulis().name(),
                k.status().name(),
                k.metode() == null ? null : k.metode().name(),
                k.ruangLingkup() == null ? null : k.ruangLingkup().name(),
                k.subTopik(),
                k.uraian(),
                k.hasil(),
                k.pesertaLaki(),
                k.pesertaPerempuan(),
                k.unsur(),
                k.tindakLanjut(),
                k.tenggatTindakLanjut(),
                k.tindakLanjutSelesai(),
                k.lintang(),
                k.bujur(),
                k.rujukanJenis() == null ? null : new Rujukan(k.rujukanJenis(), k.rujukanId()),
                k.foto().stream().map(FotoKegiatan::berkasId).toList(),
                k.versi());
    }
}
