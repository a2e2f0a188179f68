package id.pandudesa.perencanaan.internal;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.musyawarah.MusyawarahApi;
import id.pandudesa.platform.NotFoundException;
import id.pandudesa.platform.security.PublicPaths;
import id.pandudesa.platform.web.Grafik;
import id.pandudesa.wilayah.KodeWilayah;
import id.pandudesa.wilayah.Wilayah;
import id.pandudesa.wilayah.WilayahApi;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Pages of participatory planning: the year's proposals and their prioritisation, the RKPDes,
 * the RPJMDes, the link from APBDes lines to RKPDes kegiatan, and the public trace.
 */
@Controller
class RencanaPageController {

    private final JejakRencana jejak;
    private final ApbdesService apbdes;
    private final MusyawarahApi musyawarah;
    private final AkunApi akun;
    private final WilayahApi wilayah;
    private final HalamanRencana halaman;

    RencanaPageController(
            JejakRencana jejak,
            ApbdesService apbdes,
            MusyawarahApi musyawarah,
            AkunApi akun,
            WilayahApi wilayah,
            HalamanRencana halaman) {
        this.jejak = jejak;
        this.apbdes = apbdes;
        this.musyawarah = musyawarah;
        this.akun = akun;
        this.wilayah = wilayah;
        this.halaman = halaman;
    }

    /** The trace of a desa's plans is public: what was proposed and what became of it, without names. */
    @Bean
    static PublicPaths jejakPublik() {
        return PublicPaths.pages("/jejak/**");
    }

    @GetMapping("/perencanaan")
    String mulai(
            @RequestParam(required = false) String desa, @RequestParam(required = false) Integer tahun, Model model) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        int year = tahun == null ? halaman.tahunIni() + 1 : tahun;
        if (desa != null && !desa.isBlank()) {
            return "redirect:/perencanaan/usulan/"
                    + apbdes.desaTerlihat(desa, me).kode() + "/" + year;
        }
        List<String> own = me.lingkup().prefiks();
        if (own.size() == 1 && own.getFirst().length() == 10) {
            return "redirect:/perencanaan/usulan/" + own.getFirst() + "/" + year;
        }
        model.addAttribute("tahun", year);
        return "perencanaan/mulai";
    }

    // ---- public trace ---------------------------------------------------------------------

    /** Public: every proposal of the year and what became of it; no proposer's name. */
    @GetMapping("/jejak/{kode}/{tahun}")
    String jejakPublik(@PathVariable String kode, @PathVariable int tahun, Model model) {
        Wilayah desa = wilayah.cari(KodeWilayah.normalisasi(kode))
                .filter(Wilayah::isDesa)
                .orElseThrow(() -> new NotFoundException("apbdes.desaTidakDitemukan", kode));
        JejakRencana.Ringkasan r = jejak.untuk(desa.kode(), tahun);
        List<RencanaDesa.Usulan> proposals = r.jejak().stream()
                .map(JejakRencana.Jejak::usulan)
                .filter(java.util.Objects::nonNull)
                .toList();
        model.addAttribute("desa", desa);
        model.addAttribute("tahun", tahun);
        model.addAttribute("r", r);
        model.addAttribute(
                "bidang",
                halaman.namaBidang(
                        proposals.stream().map(RencanaDesa.Usulan::kodeBidang).toList()));
        Map<String, Long> funnel = new LinkedHashMap<>();
        funnel.put("jejak.tahap.diusulkan", (long) r.usulan());
        funnel.put("jejak.tahap.diprioritaskan", (long) r.diprioritaskan());
        funnel.put("jejak.tahap.rkpdes", (long) r.masukRkpdes());
        funnel.put("jejak.tahap.apbdes", (long) r.masukApbdes());
        model.addAttribute("grafik", Grafik.dari(funnel, null));
        // The published meetings this year's plans rest on (an unpublished one stays off the page).
        java.util.Set<Long> cited = new java.util.HashSet<>();
        r.jejak().forEach(j -> {
            if (j.musdus() != null) {
                cited.add(j.musdus().musyawarahId());
            }
            if (j.musdes() != null) {
                cited.add(j.musdes().musyawarahId());
            }
        });
        if (r.rkpdesKeputusan() != null) {
            cited.add(r.rkpdesKeputusan().musyawarahId());
        }
        model.addAttribute(
                "musyawarah",
                musyawarah.publik(desa.kode(), 100).stream()
                        .filter(m -> cited.contains(m.id()))
                        .toList());
        return "perencanaan/jejak";
    }
}
