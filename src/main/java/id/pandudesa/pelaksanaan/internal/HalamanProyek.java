package id.pandudesa.pelaksanaan.internal;

import id.pandudesa.akun.PenggunaSaatIni;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.ui.Model;

/** A project's page model, shared by the page actions of implementation and completion. */
@org.springframework.stereotype.Component
class HalamanProyek {

    private final PelaksanaanService service;
    private final PenyelesaianService completion;
    private final id.pandudesa.perencanaan.PerencanaanApi perencanaan;
    private final SwadayaService swadaya;

    HalamanProyek(
            PelaksanaanService service,
            PenyelesaianService completion,
            id.pandudesa.perencanaan.PerencanaanApi perencanaan,
            SwadayaService swadaya) {
        this.swadaya = swadaya;
        this.service = service;
        this.completion = completion;
        this.perencanaan = perencanaan;
    }

    void isiProyek(Model model, PelaksanaanService.Proyek p, PenggunaSaatIni me, Map<String, String> form) {
        List<PelaksanaanService.Laporan> reports = service.laporan(p);
        LocalDate today = service.hariIni();
        PelaksanaanService.Ringkas now =
                PelaksanaanService.ringkas(p, reports.isEmpty() ? null : reports.getLast(), today);
        model.addAttribute("p", p);
        model.addAttribute("laporan", reports.reversed());
        model.addAttribute("r", now);
        model.addAttribute("kurva", Kurva.dari(p, reports, today));
        model.addAttribute(
                "hok",
                reports.stream().mapToInt(PelaksanaanService.Laporan::hok).sum());
        model.addAttribute(
                "upah",
                reports.stream().mapToLong(PelaksanaanService.Laporan::upah).sum());
        model.addAttribute(
                "pekerja",
                reports.stream()
                        .filter(PelaksanaanService.Laporan::padatKarya)
                        .reduce((a, b) -> b)
                        .orElse(null));
        model.addAttribute("bolehCatat", PelaksanaanService.PENCATAT.contains(me.peran()));
        model.addAttribute("selesai", completion.selesai(p));
        model.addAttribute("cek", completion.cek(p));
        model.addAttribute("semuaHasil", PenyelesaianService.Hasil.values());
        model.addAttribute("hariIni", today.toString());
        List<SwadayaService.Swadaya> community = swadaya.daftar(p);
        model.addAttribute("swadaya", community);
        model.addAttribute("swadayaRingkas", SwadayaService.ringkas(community));
        model.addAttribute("jenisSwadaya", SwadayaService.Jenis.values());
        if (!form.containsKey("tanggal")) {
            form.put("tanggal", today.toString());
        }
        // The village's books may already say what was spent: the form starts from that figure
        // (when it is not below the last report's), and says so, rather than having it typed twice.
        var books = perencanaan
                .realisasiKegiatan(p.kodeDesa(), p.tahun(), p.kodeKegiatan())
                .orElse(null);
        model.addAttribute("realisasiApbdes", books);
        long lastReported = reports.isEmpty() ? 0 : reports.getLast().realisasi();
        if (books != null && !form.containsKey("realisasi") && books.realisasi() >= lastReported) {
            form.put("realisasi", Long.toString(books.realisasi()));
            model.addAttribute("realisasiDariApbdes", true);
        }
        model.addAttribute("f", form);
    }

    /** The S-curve as SVG points: the plan over the schedule, reported physical and financial progress. */
    record Kurva(String rencana, String fisik, String keuangan, String hariIni, List<String> label) {

        static final int LEBAR = 300;

        static Kurva dari(PelaksanaanService.Proyek p, List<PelaksanaanService.Laporan> reports, LocalDate today) {
            LocalDate end = p.selesai();
            for (PelaksanaanService.Laporan l : reports) {
                if (l.tanggal().isAfter(end)) {
                    end = l.tanggal();
                }
            }
            long days = Math.max(1, ChronoUnit.DAYS.between(p.mulai(), end));
            StringBuilder plan = new StringBuilder();
            for (int i = 0; i <= 30; i++) {
                LocalDate d = p.mulai().plusDays(Math.round(days * i / 30.0));
                plan.append(titik(x(p.mulai(), d, days), KurvaS.rencana(p.mulai(), p.selesai(), d)));
            }
            StringBuilder physical = new StringBuilder(titik(0, 0));
            StringBuilder money = new StringBuilder(titik(0, 0));
            for (PelaksanaanService.Laporan l : reports) {
                double x = x(p.mulai(), l.tanggal(), days);
                physical.append(titik(x, l.fisik().doubleValue()));
                money.append(titik(x, Math.min(120, KurvaS.keuangan(l.realisasi(), p.anggaran()))));
            }
            double now = Math.max(0, Math.min(LEBAR, x(p.mulai(), today, days)));
            return new Kurva(
                    plan.toString().trim(),
                    physical.toString().trim(),
                    money.toString().trim(),
                    String.format(Locale.ROOT, "%.1f", now),
                    List.of(p.mulai().toString(), end.toString()));
        }

        private static double x(LocalDate start, LocalDate d, long days) {
            return LEBAR * (double) ChronoUnit.DAYS.between(start, d) / days;
        }

        /** SVG y grows downwards: 100 % at the top (y = 0), 0 % at the bottom (y = 100). */
        private static String titik(double x, double percent) {
            return String.format(Locale.ROOT, "%.1f,%.1f ", Math.max(0, x), 100 - Math.max(0, Math.min(120, percent)));
        }
    }
}
