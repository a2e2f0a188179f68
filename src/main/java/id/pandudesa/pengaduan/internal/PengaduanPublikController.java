package id.pandudesa.pengaduan.internal;

import id.pandudesa.pengaduan.KategoriPengaduan;
import id.pandudesa.platform.PageQuery;
import id.pandudesa.platform.RuleViolationException;
import id.pandudesa.platform.security.PublicPaths;
import id.pandudesa.platform.web.FormErrors;
import id.pandudesa.wilayah.Wilayah;
import id.pandudesa.wilayah.WilayahApi;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The citizen's side, without login: the complaint form (reached from a village's board, or by
 * searching the village by name), and the tracking page. A hidden field that people never fill
 * (the honeypot) and a per-sender hourly limit keep robots out without an outside captcha.
 */
@Controller
class PengaduanPublikController {

    static final String HONEYPOT = "situs_web";

    private final PengaduanService service;

    private final PengaduanQueries queries;
    private final BatasKiriman batas;
    private final WilayahApi wilayah;

    PengaduanPublikController(
            PengaduanService service, PengaduanQueries queries, BatasKiriman batas, WilayahApi wilayah) {
        this.service = service;
        this.queries = queries;
        this.batas = batas;
        this.wilayah = wilayah;
    }

    @Bean
    static PublicPaths pengaduanPublik() {
        return PublicPaths.pages("/pengaduan", "/pengaduan/lacak", "/pengaduan/lacak/**");
    }

    @GetMapping("/pengaduan")
    String formulir(
            @RequestParam(required = false) String desa, @RequestParam(required = false) String cari, Model model) {
        Optional<Wilayah> chosen =
                desa == null ? Optional.empty() : wilayah.cari(desa.trim()).filter(Wilayah::isDesa);
        if (chosen.isEmpty()) {
            model.addAttribute("cari", cari);
            if (cari != null && cari.trim().length() >= 3) {
                model.addAttribute(
                        "hasil",
                        wilayah.cariNama(cari.trim(), PageQuery.first(30)).isi().stream()
                                .filter(Wilayah::isDesa)
                                .map(w -> new Pilihan(w, wilayah.garisInduk(w.kode())))
                                .toList());
            }
            return "pengaduan/pilih-desa";
        }
        isi(model, chosen.get(), new LinkedHashMap<>());
        return "pengaduan/formulir";
    }

    /** A village found by name, with its kecamatan and kabupaten so that namesakes can be told apart. */
    record Pilihan(Wilayah desa, List<Wilayah> induk) {
        public String tempat() {
            return induk.stream()
                    .filter(w -> !w.kode().equals(desa.kode()))
                    .map(Wilayah::nama)
                    .reduce((a, b) -> b + ", " + a)
                    .orElse("");
        }
    }

    private void isi(Model model, Wilayah desa, Map<String, String> form) {
        model.addAttribute("desa", desa);
        model.addAttribute("kategori", KategoriPengaduan.values());
        model.addAttribute("f", form);
    }

    @PostMapping("/pengaduan")
    String ajukan(
            AduanForm f,
            @RequestParam(name = "lampiran", required = false) List<MultipartFile> files,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model)
            throws IOException {
        Optional<Wilayah> desa = Optional.ofNullable(f.kodeDesa())
                .flatMap(k -> wilayah.cari(k.trim()))
                .filter(Wilayah::isDesa);
        if (desa.isEmpty()) {
            return "redirect:/pengaduan";
        }
        String pengirim = batas.pengirim(request.getRemoteAddr());
        if (f.robot()) {
            // A robot filled the field people never see: nothing is stored, nothing is explained.
            return ditolak(response, 422, "pengaduan.ditolakOtomatis", model, desa.get(), f);
        }
        if (batas.habis(pengirim)) {
            return ditolak(response, 429, "pengaduan.terlaluSering", model, desa.get(), f);
        }
        try {
            Kasus kasus = service.ajukan(f.aduan(), lampiran(files), pengirim);
            return "redirect:/pengaduan/lacak/" + kasus.kodeLacak() + "?baru=1";
        } catch (RuleViolationException e) {
            // The citizen's form: the page again with the reasons; no flash message on success.
            response.setStatus(422);
            FormErrors.keModel(model, e);
            isi(model, desa.get(), f.isian());
            return "pengaduan/formulir";
        }
    }

    private String ditolak(
            HttpServletResponse response, int status, String galat, Model model, Wilayah desa, AduanForm f) {
        response.setStatus(status);
        model.addAttribute("galat", galat);
        isi(model, desa, f.isian());
        return "pengaduan/formulir";
    }

    @GetMapping("/pengaduan/lacak")
    String cariKode(@RequestParam(required = false) String kode, Model model) {
        if (kode != null && !kode.isBlank()) {
            return "redirect:/pengaduan/lacak/"
                    + kode.trim().toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9-]", "");
        }
        return "pengaduan/cari-kode";
    }

    @GetMapping("/pengaduan/lacak/{kode}")
    String lacak(
            @PathVariable String kode,
            @RequestParam(required = false) String baru,
            Model model,
            HttpServletResponse response) {
        Optional<PengaduanQueries.Lacak> l = queries.lacak(kode);
        if (l.isEmpty()) {
            response.setStatus(404);
            model.addAttribute("galat", "pengaduan.kodeTidakDikenal");
            model.addAttribute("kode", kode.length() > 20 ? kode.substring(0, 20) : kode);
            return "pengaduan/cari-kode";
        }
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Robots-Tag", "noindex");
        model.addAttribute("l", l.get());
        model.addAttribute("baru", baru != null);
        return "pengaduan/lacak";
    }

    static List<PengaduanService.Lampiran> lampiran(List<MultipartFile> files) throws IOException {
        List<PengaduanService.Lampiran> out = new ArrayList<>();
        if (files != null) {
            for (MultipartFile f : files) {
                if (f != null && !f.isEmpty()) {
                    out.add(new PengaduanService.Lampiran(f.getBytes(), f.getOriginalFilename()));
                }
            }
        }
        return out;
    }
}
