package id.pandudesa.wilayah.internal;

import id.pandudesa.platform.NotFoundException;
import id.pandudesa.platform.PageQuery;
import id.pandudesa.platform.PageResult;
import id.pandudesa.wilayah.KodeWilayah;
import id.pandudesa.wilayah.ProfilDesaSection;
import id.pandudesa.wilayah.Wilayah;
import id.pandudesa.wilayah.WilayahApi;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The region browser: search by name or code, drill down provinsi → desa, the village profile. */
@Controller
class WilayahPageController {

    private final WilayahApi wilayah;
    private final WilayahRepository repository;
    private final List<ProfilDesaSection> sections;

    WilayahPageController(WilayahApi wilayah, WilayahRepository repository, List<ProfilDesaSection> sections) {
        this.wilayah = wilayah;
        this.repository = repository;
        this.sections = sections.stream()
                .sorted(java.util.Comparator.comparingInt(ProfilDesaSection::urutan))
                .toList();
    }

    @GetMapping("/wilayah")
    String index(
            @RequestParam(required = false) String cari,
            PageQuery page,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model) {
        model.addAttribute("cari", cari == null ? "" : cari.trim());
        if (cari != null && !cari.isBlank()) {
            model.addAttribute("hasil", withLocation(wilayah.cariNama(cari, page)));
            return htmx != null ? "wilayah/cari :: hasil" : "wilayah/cari";
        }
        model.addAttribute("ringkasan", wilayah.ringkasan());
        model.addAttribute("anak", rows(null, wilayah.anak(null, new PageQuery(0, 100))));
        model.addAttribute("tingkatAnak", "PROVINSI");
        return "wilayah/index";
    }

    /** Region search for forms that pick scope codes (an htmx partial with "add" buttons). */
    @GetMapping("/wilayah/pilih")
    String pilih(@RequestParam(required = false) String cari, Model model) {
        PageResult<HasilCari> found = cari == null || cari.trim().length() < 2
                ? PageResult.of(List.of(), PageQuery.first(15), 0)
                : withLocation(wilayah.cariNama(cari, PageQuery.first(15)));
        model.addAttribute("hasil", found);
        return "wilayah/pilih :: hasil";
    }

    @GetMapping("/wilayah/{kode}")
    String detail(@PathVariable String kode, PageQuery page, Model model) {
        String normal = KodeWilayah.normalisasi(kode);
        if (!KodeWilayah.formatValid(normal)) {
            throw new NotFoundException("wilayah.tidakDitemukan", kode);
        }
        Wilayah region = wilayah.wajib(normal);
        model.addAttribute("wilayah", region);
        model.addAttribute("garisInduk", wilayah.garisInduk(normal));
        model.addAttribute("sebutan", wilayah.sebutan(normal));
        model.addAttribute("zonaWaktu", wilayah.zonaWaktu(normal));
        if (region.tingkat().anak() != null) {
            PageQuery listPage = new PageQuery(page.halaman(), Math.max(page.ukuran(), 100));
            model.addAttribute("anak", rows(normal, wilayah.anak(normal, listPage)));
            model.addAttribute("tingkatAnak", region.tingkat().anak().name());
            return "wilayah/detail";
        }
        List<ProfilDesaSection.Bagian> parts = sections.stream()
                .map(s -> s.untuk(region))
                .flatMap(Optional::stream)
                .toList();
        model.addAttribute("bagian", parts);
        return "wilayah/profil";
    }

    private PageResult<BarisAnak> rows(String kode, PageResult<Wilayah> children) {
        Map<String, WilayahRepository.JumlahAnak> counts = repository.childCounts(kode);
        return children.map(
                w -> new BarisAnak(w, counts.getOrDefault(w.kode(), new WilayahRepository.JumlahAnak(0, 0, 0))));
    }

    private PageResult<HasilCari> withLocation(PageResult<Wilayah> found) {
        List<String> ancestors = found.isi().stream()
                .flatMap(w -> KodeWilayah.garisInduk(w.kode()).stream())
                .distinct()
                .toList();
        Map<String, Wilayah> names = wilayah.semua(ancestors);
        return found.map(w -> new HasilCari(
                w,
                KodeWilayah.garisInduk(w.kode()).stream()
                        .filter(c -> !c.equals(w.kode()))
                        .map(names::get)
                        .filter(java.util.Objects::nonNull)
                        .map(Wilayah::nama)
                        .toList()));
    }

    /** A child region with what lies under it. */
    record BarisAnak(Wilayah wilayah, WilayahRepository.JumlahAnak jumlah) {}

    /** A search hit with the names of its ancestors, nearest last. */
    record HasilCari(Wilayah wilayah, List<String> induk) {
        public String lokasi() {
            return String.join(" › ", induk);
        }
    }
}
