package id.pandudesa.regulasi.internal;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.regulasi.RegulasiApi;
import id.pandudesa.regulasi.RegulasiApi.Pokok;
import id.pandudesa.regulasi.RegulasiApi.Rujukan;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The register seen from another module's page ({@code regulasi/dasar-hukum :: dasar(...)}): the
 * regulation the document stands on, and for the village government the list to pick it from.
 */
@Component("dasarHukum")
public class DasarHukumHalaman {

    private final RegulasiApi api;
    private final AkunApi akun;

    DasarHukumHalaman(RegulasiApi api, AkunApi akun) {
        this.api = api;
        this.akun = akun;
    }

    public Rujukan dari(String pokok, String kodeDesa, Object pokokId) {
        return api.dasarHukum(Pokok.valueOf(pokok), kodeDesa, String.valueOf(pokokId))
                .orElse(null);
    }

    public List<Rujukan> pilihan(String kodeDesa) {
        return api.pilihan(kodeDesa);
    }

    public boolean boleh(String kodeDesa) {
        return akun.saatIni()
                .map(me -> RegulasiService.bolehMengelola(me, kodeDesa))
                .orElse(false);
    }
}
