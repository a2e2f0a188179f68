package id.pandudesa.pendampingan.internal;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.akun.Peran;
import id.pandudesa.platform.web.Grafik;
import id.pandudesa.platform.web.PageAction;
import id.pandudesa.wilayah.WilayahApi;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The report pages: my months, reports waiting for my review, the kecamatan report and the Camat's acknowledgement. */
@Controller
class LaporanPageController {

    private final LaporanService service;
    private final AkunApi akun;
    private final WilayahApi wilayah;
    private final Clock clock;

    LaporanPageController(LaporanService service, AkunApi akun, WilayahApi wilayah, Clock clock) {
        this.service = service;
        this.akun = akun;
        this.wilayah = wilayah;
        this.clock = clock;
    }

    @GetMapping("/pendampingan/laporan")
    String index(Model model) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        YearMonth now = YearMonth.now(clock.withZone(ZoneId.of("Asia/Jakarta")));
        model.addAttribute("saya", me);
        model.addAttribute("bulanIni", now.toString());
        model.addAttribute("bulanLalu", now.minusMonths(1).toString());
        model.addAttribute("melapor", LaporanService.PELAPOR.contains(me.peran()));
        model.addAttribute("pantau", !me.peran().milikDesa());
        model.addAttribute("milikSaya", service.milikSaya(me));
        model.addAttribute("menunggu", service.menungguTinjauan(me));
        model.addAttribute("laporanKecamatan", service.laporanKecamatan(me));
        String kec = me.peran() == Peran.PD || me.peran() == Peran.CAMAT
                ? me.lingkup().kode().stream().findFirst().orElse(null)
                : null;
        model.addAttribute("kecamatanSaya", kec);
        model.addAttribute("kabupatenSaya", kabupatenDalamLingkup(me));
        model.addAttribute(
                "namaKecamatan",
                kec == null ? null : wilayah.cari(kec).map(w -> w.nama()).orElse(kec));
        return "pendampingan/laporan-index";
    }

    /** The kabupaten whose compilation a TA or a Dinas PMD admin works on (none for the whole country). */
    private List<id.pandudesa.wilayah.Wilayah> kabupatenDalamLingkup(PenggunaSaatIni me) {
        if ((me.peran() != Peran.TA && me.peran() != Peran.ADMIN)
                || me.lingkup().isNasional()) {
            return List.of();
        }
        List<id.pandudesa.wilayah.Wilayah> out = new java.util.ArrayList<>();
        for (String code : me.lingkup().prefiks()) {
            if (code.length() == 4) {
                wilayah.cari(code).ifPresent(out::add);
            } else if (code.length() == 2) {
                out.addAll(wilayah.anak(code, id.pandudesa.platform.PageQuery.first(100))
                        .isi());
            }
        }
        return out;
    }

    @GetMapping("/pendampingan/laporan/{username}/{bulan}")
    String bulanan(@PathVariable String username, @PathVariable String bulan, Model model) {
        isiBulanan(model, username, bulan, akun.wajibSaatIni());
        return "pendampingan/laporan";
    }

    private void isiBulanan(Model model, String username, String bulan, PenggunaSaatIni me) {
        LaporanService.Tampilan v = service.lihat(username, bulan, me);
        model.addAttribute("v", v);
        model.addAttribute("r", v.ringkasan());
        model.addAttribute("status", v.laporan().map(l -> l.status().name()).orElse("DRAF"));
        model.addAttribute("grafikMetode", Grafik.dari(v.ringkasan().perMetode(), "metode."));
        model.addAttribute("grafikLingkup", Grafik.dari(v.ringkasan().perRuangLingkup(), "lingkup."));
        boolean author = v.penulis().username().equals(me.username());
        model.addAttribute(
                "bolehAjukan",
                author
                        && LaporanService.PELAPOR.contains(me.peran())
                        && v.laporan()
                                .map(l -> l.status() == LaporanBulanan.Status.DRAF
                                        || l.status() == LaporanBulanan.Status.DIKEMBALIKAN)
                                .orElse(true));
        model.addAttribute(
                "bolehTinjau",
                me.peran() == LaporanService.peninjauUntuk(v.penulis().peran())
                        && v.laporan()
                                .map(l -> l.status() == LaporanBulanan.Status.DIAJUKAN)
                                .orElse(false));
    }

    @PostMapping("/pendampingan/laporan/{username}/{bulan}/ajukan")
    String ajukan(
            @PathVariable String username,
            @PathVariable String bulan,
            @RequestParam(required = false) String masalah,
            PageAction pageAction) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        return bulanan(
                pageAction,
                username,
                bulan,
                me,
                "laporan.pesan.diajukan",
                () -> service.ajukan(username, bulan, masalah, me));
    }

    @PostMapping("/pendampingan/laporan/{username}/{bulan}/setujui")
    String setujui(
            @PathVariable String username,
            @PathVariable String bulan,
            @RequestParam(required = false) String komentar,
            PageAction pageAction) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        return bulanan(
                pageAction,
                username,
                bulan,
                me,
                "laporan.pesan.disetujui",
                () -> service.tinjau(username, bulan, true, komentar, me));
    }

    @PostMapping("/pendampingan/laporan/{username}/{bulan}/kembalikan")
    String kembalikan(
            @PathVariable String username,
            @PathVariable String bulan,
            @RequestParam(required = false) String komentar,
            PageAction pageAction) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        return bulanan(
                pageAction,
                username,
                bulan,
                me,
                "laporan.pesan.dikembalikan",
                () -> service.tinjau(username, bulan, false, komentar, me));
    }

    @GetMapping("/pendampingan/laporan-kecamatan/{kode}/{bulan}")
    String kecamatan(@PathVariable String kode, @PathVariable String bulan, Model model) {
        isiKecamatan(model, kode, bulan, akun.wajibSaatIni());
        return "pendampingan/laporan-kecamatan";
    }

    private void isiKecamatan(Model model, String kode, String bulan, PenggunaSaatIni me) {
        LaporanService.TampilanKecamatan v = service.lihatKecamatan(kode, bulan, me);
        model.addAttribute("v", v);
        model.addAttribute("r", v.ringkasan());
        model.addAttribute("kecamatan", wilayah.wajib(v.kode()));
        model.addAttribute("status", v.laporan().map(l -> l.status().name()).orElse("DRAF"));
        model.addAttribute(
                "bolehAjukan",
                me.peran() == Peran.PD
                        && v.laporan()
                                .map(l -> l.status() == LaporanKecamatan.Status.DRAF)
                                .orElse(true));
        model.addAttribute(
                "bolehTerima",
                (me.peran() == Peran.TA || me.peran() == Peran.ADMIN)
                        && v.laporan()
                                .map(l -> l.status() == LaporanKecamatan.Status.DIKETAHUI)
                                .orElse(false));
        model.addAttribute("kabupaten", v.kode().substring(0, 4));
        model.addAttribute(
                "bolehKetahui",
                me.peran() == Peran.CAMAT
                        && v.laporan()
                                .map(l -> l.status() == LaporanKecamatan.Status.DIAJUKAN)
                                .orElse(false));
    }

    @PostMapping("/pendampingan/laporan-kecamatan/{kode}/{bulan}/ajukan")
    String ajukanKecamatan(
            @PathVariable String kode,
            @PathVariable String bulan,
            @RequestParam(required = false) String isuCamat,
            PageAction pageAction) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        return kecamatan(
                pageAction,
                kode,
                bulan,
                me,
                "laporan.pesan.kecamatanDiajukan",
                () -> service.ajukanKecamatan(kode, bulan, isuCamat, me));
    }

    @PostMapping("/pendampingan/laporan-kecamatan/{kode}/{bulan}/ketahui")
    String ketahui(
            @PathVariable String kode,
            @PathVariable String bulan,
            @RequestParam(required = false) String catatan,
            PageAction pageAction) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        return kecamatan(
                pageAction,
                kode,
                bulan,
                me,
                "laporan.pesan.diketahui",
                () -> service.ketahuiKecamatan(kode, bulan, catatan, me));
    }

    @PostMapping("/pendampingan/laporan-kecamatan/{kode}/{bulan}/terima")
    String terima(@PathVariable String kode, @PathVariable String bulan, PageAction pageAction) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        return kecamatan(
                pageAction, kode, bulan, me, "laporan.pesan.diterima", () -> service.terimaKecamatan(kode, bulan, me));
    }

    /** A step of a facilitator's monthly report: back to it, or the report again with the reason. */
    private String bulanan(
            PageAction pageAction, String username, String bulan, PenggunaSaatIni me, String success, Runnable step) {
        return langkah(
                pageAction,
                "/pendampingan/laporan/" + username + "/" + bulan,
                "pendampingan/laporan",
                success,
                step,
                () -> isiBulanan(pageAction.model(), username, bulan, me));
    }

    /** A step of a kecamatan's report: back to it, or the report again with the reason. */
    private String kecamatan(
            PageAction pageAction, String kode, String bulan, PenggunaSaatIni me, String success, Runnable step) {
        return langkah(
                pageAction,
                "/pendampingan/laporan-kecamatan/" + kode + "/" + bulan,
                "pendampingan/laporan-kecamatan",
                success,
                step,
                () -> isiKecamatan(pageAction.model(), kode, bulan, me));
    }

    private static String langkah(
            PageAction pageAction, String target, String view, String success, Runnable step, Runnable refill) {
        return pageAction.run(
                () -> {
                    step.run();
                    return success;
                },
                target,
                view,
                refill);
    }
}
