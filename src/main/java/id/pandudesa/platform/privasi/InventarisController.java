package id.pandudesa.platform.privasi;

import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The record of processing for the admins: every declared personal column of every module. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class InventarisController {

    /** A row as the page shows it, the retention already in words. */
    record Tampil(String modul, KolomPribadi kolom, String retensi) {}

    private final InventarisDataPribadi inventaris;
    private final RetensiDataPribadi retensi;
    private final MessageSource messages;
    private final java.time.Clock clock;

    InventarisController(
            InventarisDataPribadi inventaris,
            RetensiDataPribadi retensi,
            MessageSource messages,
            java.time.Clock clock) {
        this.inventaris = inventaris;
        this.retensi = retensi;
        this.messages = messages;
        this.clock = clock;
    }

    /** The record of processing; with {@code uji=true} also the retention job's dry run (what is due now). */
    @GetMapping("/admin/privasi")
    String halaman(
            @org.springframework.web.bind.annotation.RequestParam(defaultValue = "false") boolean uji, Model model) {
        if (uji) {
            model.addAttribute("uji", retensi.jalankan(java.time.Instant.now(clock), true));
        }
        Locale locale = LocaleContextHolder.getLocale();
        List<Tampil> rows = inventaris.daftar().stream()
                .map(b -> new Tampil(b.modul(), b.kolom(), retensi(b.kolom().retensi(), b.retensi(), locale)))
                .toList();
        model.addAttribute("baris", rows);
        model.addAttribute(
                "jumlahModul", rows.stream().map(Tampil::modul).distinct().count());
        model.addAttribute(
                "jumlahSpesifik",
                rows.stream()
                        .filter(r -> r.kolom().kategori() == KategoriData.SPESIFIK)
                        .count());
        return "platform/admin-privasi";
    }

    private String retensi(String aturan, Optional<Period> period, Locale locale) {
        String lama = period.map(p -> lama(p, locale)).orElse("");
        return messages.getMessage("privasi.retensi." + aturan, new Object[] {lama}, locale);
    }

    private String lama(Period p, Locale locale) {
        if (p.getDays() == 0 && p.getMonths() == 0) {
            return messages.getMessage("privasi.periode.tahun", new Object[] {p.getYears()}, locale);
        }
        if (p.getDays() == 0) {
            return messages.getMessage("privasi.periode.bulan", new Object[] {p.toTotalMonths()}, locale);
        }
        return messages.getMessage("privasi.periode.hari", new Object[] {p.getDays()}, locale);
    }
}
