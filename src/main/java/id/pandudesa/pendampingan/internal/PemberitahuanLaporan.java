package id.pandudesa.pendampingan.internal;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.akun.Beritahu;
import id.pandudesa.akun.Peran;
import id.pandudesa.akun.PetugasDesa;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Tells the next person in the report chain that it is their turn, and the author what became of
 * their report: a monthly report submitted (its reviewer), returned or approved (its author); a
 * kecamatan report sent (the Camat), acknowledged (the kabupaten's TA), received (the PD and the
 * Camat). Each step notifies once (the step's report version is part of the event).
 */
@Component
class PemberitahuanLaporan {

    private final Beritahu beritahu;
    private final AkunApi akun;
    private final id.pandudesa.wilayah.WilayahApi wilayah;

    PemberitahuanLaporan(Beritahu beritahu, AkunApi akun, id.pandudesa.wilayah.WilayahApi wilayah) {
        this.beritahu = beritahu;
        this.akun = akun;
        this.wilayah = wilayah;
    }

    void bulanan(LaporanBulanan r, String namaPenulis) {
        String link = "/pendampingan/laporan/" + r.penulis() + "/" + r.bulan();
        String event = "laporan-bulanan:" + r.id() + ":" + r.status() + ":" + r.versi();
        switch (r.status()) {
            case DIAJUKAN -> {
                Peran reviewer = LaporanService.peninjauUntuk(r.peranPenulis());
                beritahu.kirim(
                        event,
                        dalam(r.kodeWilayah(), reviewer),
                        "pemberitahuan.laporan.diajukan",
                        List.of(namaPenulis, r.bulan()),
                        link);
            }
            case DIKEMBALIKAN, DISETUJUI ->
                beritahu.kirim(
                        event,
                        List.of(r.penulis()),
                        "pemberitahuan.laporan." + r.status().name().toLowerCase(java.util.Locale.ROOT),
                        List.of(r.bulan()),
                        link);
            default -> {
                // a draft tells nobody
            }
        }
    }

    void kecamatan(LaporanKecamatan r) {
        String link = "/pendampingan/laporan-kecamatan/" + r.kodeKecamatan() + "/" + r.bulan();
        String event = "laporan-kecamatan:" + r.id() + ":" + r.status() + ":" + r.versi();
        String name = akun.profil(r.penyusun()).map(p -> p.nama()).orElse(r.penyusun());
        String kec = wilayah.cari(r.kodeKecamatan()).map(w -> w.nama()).orElse(r.kodeKecamatan());
        switch (r.status()) {
            case DIAJUKAN ->
                beritahu.kirim(
                        event,
                        dalam(r.kodeKecamatan(), Peran.CAMAT),
                        "pemberitahuan.kecamatan.diajukan",
                        List.of(name, r.bulan()),
                        link);
            case DIKETAHUI ->
                beritahu.kirim(
                        event,
                        dalam(r.kodeKecamatan(), Peran.TA),
                        "pemberitahuan.kecamatan.diketahui",
                        List.of(kec, r.bulan()),
                        link);
            case DITERIMA_KABUPATEN ->
                beritahu.kirim(
                        event,
                        java.util.stream.Stream.concat(
                                        java.util.stream.Stream.of(r.penyusun()),
                                        dalam(r.kodeKecamatan(), Peran.CAMAT).stream())
                                .toList(),
                        "pemberitahuan.kecamatan.diterima",
                        List.of(kec, r.bulan()),
                        link);
            default -> {
                // a draft tells nobody
            }
        }
    }

    /** The users of a role who serve a region (its kecamatan's PD and Camat, its kabupaten's TA). */
    private List<String> dalam(String kodeWilayah, Peran role) {
        if (role == null || kodeWilayah == null || kodeWilayah.isEmpty()) {
            return List.of();
        }
        return akun.petugasDesa(kodeWilayah).stream()
                .filter(p -> p.peran() == role)
                .map(PetugasDesa::username)
                .toList();
    }
}
