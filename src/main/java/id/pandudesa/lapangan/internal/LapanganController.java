package id.pandudesa.lapangan.internal;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.lapangan.FormulirLapangan;
import id.pandudesa.platform.security.PublicPaths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The field page (the user's field forms, the offline queue, "keep for offline"), the list the
 * service worker keeps, and the session check the queue makes before it sends.
 */
@Controller
class LapanganController {

    private final AkunApi akun;
    private final List<FormulirLapangan> sumber;

    LapanganController(AkunApi akun, List<FormulirLapangan> sumber) {
        this.akun = akun;
        this.sumber = sumber.stream()
                .sorted(Comparator.comparingInt(FormulirLapangan::urutan))
                .toList();
    }

    /** The web manifest and the service worker are fetched before (and without) a session. */
    @Bean
    static PublicPaths lapanganPublicPaths() {
        return PublicPaths.pages("/manifest.webmanifest", "/sw.js");
    }

    List<FormulirLapangan.Formulir> formulir(PenggunaSaatIni me) {
        List<FormulirLapangan.Formulir> all = new ArrayList<>();
        sumber.forEach(s -> all.addAll(s.untuk(me)));
        return all;
    }

    @GetMapping("/lapangan")
    String halaman(Model model) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        Map<String, List<FormulirLapangan.Formulir>> byKind = new LinkedHashMap<>();
        formulir(me)
                .forEach(f -> byKind.computeIfAbsent(f.jenis(), k -> new ArrayList<>())
                        .add(f));
        model.addAttribute("kelompok", byKind);
        model.addAttribute("saya", me);
        return "lapangan/halaman";
    }

    /** The addresses the phone keeps for offline use: the field page itself and every form offered. */
    @GetMapping("/lapangan/formulir.json")
    @ResponseBody
    ResponseEntity<Map<String, Object>> daftar() {
        PenggunaSaatIni me = akun.wajibSaatIni();
        List<String> addresses = new ArrayList<>();
        addresses.add("/lapangan");
        formulir(me).forEach(f -> addresses.add(f.alamat()));
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .body(Map.of(
                        "pengguna",
                        me.username(),
                        "alamat",
                        addresses.stream().distinct().toList()));
    }

    /**
     * Who is signed in and the session's CSRF token: the queue asks before sending, since a page kept
     * offline carries a token of its day. Without a session the sign-in page answers (a redirect).
     */
    @GetMapping("/lapangan/sesi")
    @ResponseBody
    ResponseEntity<Map<String, String>> sesi(CsrfToken csrf) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .body(Map.of("pengguna", me.username(), "header", csrf.getHeaderName(), "token", csrf.getToken()));
    }
}
