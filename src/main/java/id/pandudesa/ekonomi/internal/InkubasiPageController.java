package id.pandudesa.ekonomi.internal;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.platform.NotFoundException;
import id.pandudesa.platform.web.Isian;
import id.pandudesa.platform.web.PageAction;
import id.pandudesa.wilayah.Wilayah;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A desa's incubation programmes: the list and form, one programme with its businesses, sessions and results. */
@Controller
class InkubasiPageController {

    private final InkubasiService service;
    private final UmkmService umkm;
    private final BumdesService bumdesPilihan;
    private final AkunApi akun;

    InkubasiPageController(InkubasiService service, UmkmService umkm, BumdesService bumdesPilihan, AkunApi akun) {
        this.service = service;
        this.umkm = umkm;
        this.bumdesPilihan = bumdesPilihan;
        this.akun = akun;
    }

    @GetMapping("/ekonomi/inkubasi/{kode}")
    String daftar(@PathVariable String kode, Model model) {
        isiDaftar(model, kode, akun.wajibSaatIni());
        return "ekonomi/inkubasi";
    }

    private void isiDaftar(Model model, String kode, PenggunaSaatIni me) {
        Wilayah desa = umkm.desa(kode, me);
        model.addAttribute("desa", desa);
        model.addAttribute("inkubasi", service.daftar(desa.kode(), me));
        model.addAttribute("bolehCatat", UmkmService.bolehCatat(me, desa.kode()));
        model.addAttribute("bumdes", bumdesPilihan.pilihan(desa.kode()));
    }

    @PostMapping("/ekonomi/inkubasi/{kode}")
    String buat(
            @PathVariable String kode,
            @RequestParam(required = false) String nama,
            @RequestParam(required = false) String penyelenggara,
            @RequestParam(required = false) String bumdesId,
            @RequestParam(required = false) String mulai,
            @RequestParam(required = false) String selesai,
            PageAction pageAction) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        return pageAction.run(
                () -> {
                    Integer b = Isian.bulat(bumdesId, "bumdesId");
                    return service.buat(
                            kode,
                            nama,
                            penyelenggara,
                            b == null ? null : b.longValue(),
                            Isian.tanggal(mulai, "mulai"),
                            Isian.tanggal(selesai, "selesai"),
                            me);
                },
                "ekonomi.tersimpan",
                i -> "/ekonomi/inkubasi/" + i.kodeDesa() + "/" + i.id(),
                "ekonomi/inkubasi",
                () -> isiDaftar(pageAction.model(), kode, me));
    }

    @GetMapping("/ekonomi/inkubasi/{kode}/{id}")
    String lihat(@PathVariable String kode, @PathVariable long id, Model model) {
        isi(model, kode, id, akun.wajibSaatIni());
        return "ekonomi/inkubasi-detail";
    }

    private InkubasiService.Inkubasi milik(String kode, long id, PenggunaSaatIni me) {
        InkubasiService.Inkubasi i = service.inkubasi(id, me);
        if (!i.kodeDesa().equals(kode)) {
            throw new NotFoundException("ekonomi.inkubasi.tidakDitemukan");
        }
        return i;
    }

    private void isi(Model model, String kode, long id, PenggunaSaatIni me) {
        InkubasiService.Inkubasi i = milik(kode, id, me);
        List<InkubasiService.Peserta> peserta = service.peserta(id);
        model.addAttribute("i", i);
        model.addAttribute("peserta", peserta);
        model.addAttribute("sesi", service.sesi(id));
        model.addAttribute("hasil", InkubasiService.hasil(peserta));
        model.addAttribute("umkm", umkm.daftar(i.kodeDesa(), me));
        model.addAttribute("bolehCatat", UmkmService.bolehCatat(me, i.kodeDesa()));
    }

    /** A change on one programme's page: back to the page when done, the page again with the reasons when refused. */
    private String aksi(
            String kode, long id, PageAction pageAction, java.util.function.Consumer<PenggunaSaatIni> body) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        milik(kode, id, me);
        return pageAction.run(
                () -> {
                    body.accept(me);
                    return "ekonomi.tersimpan";
                },
                "/ekonomi/inkubasi/" + kode + "/" + id,
                "ekonomi/inkubasi-detail",
                () -> isi(pageAction.model(), kode, id, me));
    }

    private static Long id(String v, String field) {
        Integer x = Isian.bulat(v, field);
        return x == null ? null : x.longValue();
    }

    @PostMapping("/ekonomi/inkubasi/{kode}/{id}/peserta")
    String peserta(
            @PathVariable String kode,
            @PathVariable long id,
            @RequestParam(required = false) String umkmId,
            @RequestParam(required = false) String omzetAwal,
            @RequestParam(required = false) String pekerjaAwal,
            PageAction pageAction) {
        return aksi(
                kode,
                id,
                pageAction,
                me -> service.tambahPeserta(
                        id,
                        id(umkmId, "umkmId"),
                        Isian.rupiah(omzetAwal, "omzetAwal"),
                        Isian.bulat(pekerjaAwal, "pekerjaAwal"),
                        me));
    }

    @PostMapping("/ekonomi/inkubasi/{kode}/{id}/akhir")
    String akhir(
            @PathVariable String kode,
            @PathVariable long id,
            @RequestParam(required = false) String umkmId,
            @RequestParam(required = false) String omzetAkhir,
            @RequestParam(required = false) String pekerjaAkhir,
            PageAction pageAction) {
        return aksi(
                kode,
                id,
                pageAction,
                me -> service.catatAkhir(
                        id,
                        id(umkmId, "umkmId"),
                        Isian.rupiah(omzetAkhir, "omzetAkhir"),
                        Isian.bulat(pekerjaAkhir, "pekerjaAkhir"),
                        me));
    }

    @PostMapping("/ekonomi/inkubasi/{kode}/{id}/sesi")
    String sesi(
            @PathVariable String kode,
            @PathVariable long id,
            @RequestParam(required = false) String tanggal,
            @RequestParam(required = false) String topik,
            @RequestParam(required = false) String catatan,
            @RequestParam(required = false) List<String> hadir,
            PageAction pageAction) {
        return aksi(kode, id, pageAction, me -> {
            List<Long> datang = new ArrayList<>();
            for (String h : hadir == null ? List.<String>of() : hadir) {
                Long x = id(h, "hadir");
                if (x != null) {
                    datang.add(x);
                }
            }
            service.catatSesi(id, Isian.tanggal(tanggal, "tanggal"), topik, catatan, datang, me);
        });
    }
}
