package id.pandudesa.ekonomi.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.pandudesa.platform.NotFoundException;
import id.pandudesa.platform.replika.BacaReplika;
import id.pandudesa.platform.storage.FileService;
import id.pandudesa.platform.storage.PhotoProcessor;
import id.pandudesa.wilayah.Wilayah;
import id.pandudesa.wilayah.WilayahApi;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The village's public product catalogue, made for a cheap phone: names, price ranges, small photos
 * and a WhatsApp link per product, the sellers; no producers' owners, no online payment. Public
 * like the village board ({@code /desa/**}).
 */
@BacaReplika
@Controller
class KatalogController {

    /** The longer side of a catalogue photo; the full photo opens on a tap. */
    static final int SISI_KECIL = 320;

    private final ProdukService produk;
    private final WilayahApi wilayah;
    private final FileService files;
    private final PhotoProcessor photos;
    private final Cache<Long, byte[]> kecil = Caffeine.newBuilder()
            .maximumWeight(32L * 1024 * 1024)
            .<Long, byte[]>weigher((k, v) -> v.length)
            .build();

    KatalogController(ProdukService produk, WilayahApi wilayah, FileService files, PhotoProcessor photos) {
        this.produk = produk;
        this.wilayah = wilayah;
        this.files = files;
        this.photos = photos;
    }

    @GetMapping("/desa/{kode}/produk")
    String katalog(@PathVariable String kode, Model model, HttpServletResponse response) {
        Wilayah desa = wilayah.cari(kode)
                .filter(Wilayah::isDesa)
                .orElseThrow(() -> new NotFoundException("ekonomi.desaTidakDitemukan", kode));
        List<ProdukService.Produk> list = produk.publik(desa.kode(), 200);
        Map<Long, List<ProdukService.Mitra>> mitra = new LinkedHashMap<>();
        list.forEach(p -> mitra.put(p.id(), produk.mitra(p.id())));
        model.addAttribute("desa", desa);
        model.addAttribute("produk", list);
        model.addAttribute("mitra", mitra);
        response.setHeader("Cache-Control", "public, max-age=60");
        return "ekonomi/katalog";
    }

    /** A published product's photo: small by default, the stored one with {@code ?ukuran=asli}. */
    @GetMapping("/desa/{kode}/produk/{id}/foto")
    void foto(
            @PathVariable String kode,
            @PathVariable long id,
            @RequestParam(required = false) String ukuran,
            HttpServletResponse response)
            throws IOException {
        ProdukService.Produk p = produk.cari(id)
                .filter(x -> x.kodeDesa().equals(kode) && x.publik() && x.fotoBerkasId() != null)
                .orElseThrow(() -> new NotFoundException("ekonomi.produk.tidakDitemukan"));
        response.setContentType("image/jpeg");
        response.setHeader("Cache-Control", "public, max-age=86400");
        if ("asli".equals(ukuran)) {
            try (InputStream in = files.isi(p.fotoBerkasId())) {
                in.transferTo(response.getOutputStream());
            }
            return;
        }
        byte[] small = kecil.get(p.fotoBerkasId(), b -> {
            try (InputStream in = files.isi(b)) {
                return photos.kecil(in.readAllBytes(), SISI_KECIL);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        response.setContentLength(small.length);
        response.getOutputStream().write(small);
    }
}
