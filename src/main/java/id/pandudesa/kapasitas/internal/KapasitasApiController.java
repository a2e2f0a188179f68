package id.pandudesa.kapasitas.internal;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.platform.BadRequestException;
import io.swagger.v3.oas.annotations.Operation;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The kaderisasi measure of a desa and month (CONTRACTS.md). */
@RestController
class KapasitasApiController {

    record KaderisasiJson(
            String kodeDesa, String bulan, long kegiatanKader, long kegiatanPendamping, Double porsiKader) {}

    private final Kaderisasi kaderisasi;
    private final KaderService kader;
    private final AkunApi akun;

    KapasitasApiController(Kaderisasi kaderisasi, KaderService kader, AkunApi akun) {
        this.kaderisasi = kaderisasi;
        this.kader = kader;
        this.akun = akun;
    }

    @Operation(summary = "Share of a month's facilitation log entries in a desa led by its own cadres")
    @GetMapping("/api/v1/kapasitas/kaderisasi/{kodeDesa}/{bulan}")
    KaderisasiJson kaderisasi(@PathVariable String kodeDesa, @PathVariable String bulan) {
        String desa = kader.desaTerlihat(kodeDesa, akun.wajibSaatIni()).kode();
        YearMonth month;
        try {
            month = YearMonth.parse(bulan);
        } catch (DateTimeParseException e) {
            throw new BadRequestException("kapasitas.bulanTidakSah", bulan);
        }
        Kaderisasi.Bulan b = kaderisasi.desa(desa, month, 1).terakhir();
        return new KaderisasiJson(desa, month.toString(), b.kader(), b.pendamping(), b.porsi());
    }
}
