package id.pandudesa.musyawarah.internal;

import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.platform.web.Grafik;
import id.pandudesa.platform.web.PageAction;
import id.pandudesa.wilayah.UnsurMasyarakat;
import id.pandudesa.wilayah.WilayahApi;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.ui.Model;

/**
 * The meeting's pages as the page actions show them again: the detail page (plan, invitations,
 * agenda, inclusion, citations) and the door page, with the one rule for an action on them.
 */
@org.springframework.stereotype.Component
class HalamanMusyawarah {

    private final MusyawarahService service;
    private final Kehadiran attendance;
    private final MusyawarahRepository repository;
    private final WilayahApi wilayah;
    private final List<id.pandudesa.musyawarah.PengutipKeputusan> pengutip;

    HalamanMusyawarah(
            MusyawarahService service,
            Kehadiran attendance,
            MusyawarahRepository repository,
            WilayahApi wilayah,
            List<id.pandudesa.musyawarah.PengutipKeputusan> pengutip) {
        this.service = service;
        this.attendance = attendance;
        this.repository = repository;
        this.wilayah = wilayah;
        this.pengutip = pengutip;
    }

    void isiDetail(Model model, Musyawarah m, PenggunaSaatIni me) {
        Inklusi inclusion = service.inklusi(m);
        model.addAttribute("m", m);
        model.addAttribute("desa", wilayah.wajib(m.kodeDesa()));
        model.addAttribute("i", inclusion);
        model.addAttribute("grafik", grafik(inclusion));
        model.addAttribute("bolehUbah", MusyawarahService.penyelenggara(me) && !m.terkunci());
        model.addAttribute("bolehKelola", MusyawarahService.penyelenggara(me));
        model.addAttribute("semuaUnsur", UnsurMasyarakat.values());
        model.addAttribute("koreksi", repository.findByKoreksiDari(m.id()).orElse(null));
        List<id.pandudesa.musyawarah.PengutipKeputusan.Kutipan> cited = new ArrayList<>();
        pengutip.forEach(p -> cited.addAll(p.kutipan(m.id(), m.kodeDesa(), me)));
        model.addAttribute("kutipan", cited);
    }

    static Grafik grafik(Inklusi i) {
        Map<String, Long> bars = new LinkedHashMap<>();
        i.perUnsur().forEach((u, n) -> bars.put("unsur." + u.name(), n.longValue()));
        return Grafik.dari(bars, null);
    }

    void isiPintu(Model model, Musyawarah m) {
        Inklusi inclusion = service.inklusi(m);
        model.addAttribute("m", m);
        model.addAttribute("i", inclusion);
        model.addAttribute("grafik", grafik(inclusion));
        model.addAttribute("semuaUnsur", UnsurMasyarakat.values());
        List<Kehadiran.Baris> rows = attendance.daftar(m.id());
        model.addAttribute("terakhir", rows.reversed().stream().limit(15).toList());
        model.addAttribute("jumlahBaris", rows.size());
    }

    /** An action on the meeting's page: back to it (at {@code anchor}) or the page again with the reasons. */
    String aksi(
            long id,
            PenggunaSaatIni me,
            PageAction pageAction,
            String anchor,
            java.util.function.Supplier<String> action) {
        return pageAction.run(
                action,
                "/musyawarah/" + id + anchor,
                "musyawarah/detail",
                () -> isiDetail(pageAction.model(), service.lihat(id, me), me));
    }

    /** An action on the door page: back to it, or the door page again with the reasons. */
    String aksiPintu(long id, PenggunaSaatIni me, PageAction pageAction, java.util.function.Supplier<String> action) {
        return pageAction.run(
                action,
                "/musyawarah/" + id + "/hadir",
                "musyawarah/hadir",
                () -> isiPintu(pageAction.model(), service.lihat(id, me)));
    }
}
