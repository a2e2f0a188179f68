package id.pandudesa.transparansi.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.pandudesa.platform.NotFoundException;
import id.pandudesa.platform.replika.BacaReplika;
import id.pandudesa.platform.security.PublicPaths;
import id.pandudesa.platform.web.Grafik;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The public information board of a desa and its APBDes poster. Answers carry an ETag of the
 * village's last change, so a phone that has the page gets a 304 and a crowd costs one index
 * lookup per request.
 */
@BacaReplika
@Controller
class PapanController {

    /** Open Graph preview of a shared link. */
    record Og(String judul, String deskripsi, String gambar, String alamat) {}

    private record KunciPoster(String kode, String jenis, java.time.Instant stamp) {}

    private final PapanService service;
    private final id.pandudesa.pelaksanaan.PelaksanaanApi pelaksanaan;
    private final id.pandudesa.platform.storage.FileService files;
    private final Cache<KunciPoster, byte[]> posters = Caffeine.newBuilder()
            .maximumWeight(64L * 1024 * 1024)
            .<KunciPoster, byte[]>weigher((k, v) -> v.length)
            .expireAfterAccess(Duration.ofHours(1))
            .build();

    private final id.pandudesa.ekonomi.EkonomiApi ekonomi;

    PapanController(
            PapanService service,
            id.pandudesa.pelaksanaan.PelaksanaanApi pelaksanaan,
            id.pandudesa.platform.storage.FileService files,
            id.pandudesa.ekonomi.EkonomiApi ekonomi) {
        this.service = service;
        this.pelaksanaan = pelaksanaan;
        this.files = files;
        this.ekonomi = ekonomi;
    }

    /** A progress photo of one of the village's projects (public like the project board on site). */
    @GetMapping("/desa/{kode}/foto/{berkasId}")
    void foto(@PathVariable String kode, @PathVariable long berkasId, HttpServletResponse response) throws IOException {
        if (!pelaksanaan.fotoProyek(kode, berkasId)) {
            throw new NotFoundException("berkas.tidakDitemukan");
        }
        response.setContentType("image/jpeg");
        response.setHeader("Cache-Control", "public, max-age=86400");
        try (java.io.InputStream in = files.isi(berkasId)) {
            in.transferTo(response.getOutputStream());
        }
    }

    @Bean
    static PublicPaths papanPublik() {
        return PublicPaths.pages("/desa/**");
    }

    @GetMapping("/desa/{kode}")
    String papan(@PathVariable String kode, Model model, WebRequest request, HttpServletResponse response) {
        Papan p = service.papan(kode);
        Locale locale = LocaleContextHolder.getLocale();
        boolean anonymous = PapanCacheFilter.anonymous();
        String etag = "\"" + p.desa().kode() + "-"
                + (p.versi() == null ? 0 : p.versi().toEpochMilli()) + "-" + locale.getLanguage()
                + (anonymous ? "" : "-u") + "\"";
        response.setHeader("Cache-Control", anonymous ? "public, max-age=60" : "private, no-cache");
        response.setHeader("Vary", "Cookie, Accept-Language");
        if (request.checkNotModified(etag)) {
            return null;
        }
        model.addAttribute("p", p);
        if (p.apbdes() != null) {
            model.addAttribute("grafikSumber", Grafik.rupiah(p.apbdes().perSumber(), null));
            model.addAttribute("grafikBidang", Grafik.rupiah(p.apbdes().perBidang(), null));
            if (p.realisasi() != null) {
                Map<String, long[]> absorbed = new LinkedHashMap<>();
                p.realisasi()
                        .perBidang()
                        .forEach((name, t) -> absorbed.put(name, new long[] {t.realisasi(), t.anggaran()}));
                model.addAttribute("grafikRealisasi", Grafik.bagian(absorbed));
            }
        }
        Map<String, Long> idm = new LinkedHashMap<>();
        p.idm().forEach(n -> idm.put(String.valueOf(n.tahun()), Math.round(n.idm() * 10_000)));
        model.addAttribute("grafikIdm", Grafik.dari(idm, null, v -> String.format(Locale.ROOT, "%.4f", v / 10_000.0)));
        String self = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/desa/{k}")
                .buildAndExpand(p.desa().kode())
                .toUriString();
        model.addAttribute("alamat", self);
        model.addAttribute("produkDesa", ekonomi.produkPublik(p.desa().kode(), 6));
        model.addAttribute(
                "og",
                new Og(
                        p.namaDesa() + " — papan informasi",
                        ringkasan(p),
                        p.apbdes() == null
                                ? self.replace("/desa/" + p.desa().kode(), "/img/logo.svg")
                                : self + "/poster.png",
                        self));
        return "transparansi/papan";
    }

    @GetMapping("/desa/{kode}/poster.pdf")
    void posterPdf(
            @PathVariable String kode, @RequestParam(defaultValue = "A3") String ukuran, HttpServletResponse response)
            throws IOException {
        PosterApbdes.Ukuran size;
        try {
            size = PosterApbdes.Ukuran.valueOf(ukuran.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "ukuran: A3 atau A1");
        }
        Papan p = terbit(kode);
        byte[] bytes =
                posters.get(new KunciPoster(p.desa().kode(), size.name(), p.versi()), k -> PosterApbdes.pdf(p, size));
        kirim(
                response,
                "application/pdf",
                "poster-apbdes-" + p.desa().kode() + "-" + p.tahun() + "-" + size + ".pdf",
                bytes);
    }

    @GetMapping("/desa/{kode}/poster.png")
    void posterPng(@PathVariable String kode, HttpServletResponse response) throws IOException {
        Papan p = terbit(kode);
        byte[] bytes = posters.get(
                new KunciPoster(p.desa().kode(), "PNG", p.versi()),
                k -> PosterApbdes.png(posters.get(
                        new KunciPoster(p.desa().kode(), "A3", p.versi()),
                        x -> PosterApbdes.pdf(p, PosterApbdes.Ukuran.A3))));
        kirim(response, "image/png", "poster-apbdes-" + p.desa().kode() + "-" + p.tahun() + ".png", bytes);
    }

    /** The board, only when it has an adopted APBDes to print. */
    private Papan terbit(String kode) {
        Papan p = service.papan(kode);
        if (p.apbdes() == null) {
            throw new NotFoundException(
                    "papan.apbdesBelumDitetapkan", p.sebutan().apb(), p.namaDesa());
        }
        return p;
    }

    private static void kirim(HttpServletResponse response, String type, String name, byte[] bytes) throws IOException {
        response.setContentType(type);
        response.setHeader("Content-Disposition", "inline; filename=\"" + name + "\"");
        response.setHeader("Cache-Control", "public, max-age=300");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    static String ringkasan(Papan p) {
        StringBuilder s = new StringBuilder("Kec. " + p.kecamatan() + ", " + p.kabupaten() + ".");
        if (p.apbdes() != null) {
            s.append(' ')
                    .append(p.sebutan().apb())
                    .append(' ')
                    .append(p.apbdes().tahun())
                    .append(": pendapatan ")
                    .append(Grafik.rupiahSingkat(p.apbdes().pendapatan()))
                    .append(", belanja ")
                    .append(Grafik.rupiahSingkat(p.apbdes().belanja()))
                    .append('.');
        }
        if (p.idmTerakhir() != null) {
            s.append(" IDM ")
                    .append(p.idmTerakhir().tahun())
                    .append(": ")
                    .append(judul(p.idmTerakhir().status().name()))
                    .append('.');
        }
        return s.toString();
    }

    /** SANGAT_TERTINGGAL → Sangat Tertinggal. */
    static String judul(String name) {
        StringBuilder out = new StringBuilder();
        for (String w : name.toLowerCase(Locale.ROOT).split("_")) {
            out.append(out.isEmpty() ? "" : " ")
                    .append(Character.toUpperCase(w.charAt(0)))
                    .append(w.substring(1));
        }
        return out.toString();
    }
}
