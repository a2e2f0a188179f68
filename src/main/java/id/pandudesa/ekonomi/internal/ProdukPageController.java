package id.pandudesa.ekonomi.internal;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.platform.NotFoundException;
import id.pandudesa.platform.web.Isian;
import id.pandudesa.platform.web.PageAction;
import id.pandudesa.wilayah.Wilayah;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;

/** A desa's products as its KPMD, government and facilitators keep them: producers, photo, price, sellers. */
@Controller
class ProdukPageController {

    private final ProdukService produk;
    private final UmkmService umkm;
    private final BumdesService bumdesPilihan;
    private final AkunApi akun;

    ProdukPageController(ProdukService produk, UmkmService umkm, BumdesService bumdesPilihan, AkunApi akun) {
        this.produk = produk;
        this.umkm = umkm;
        this.bumdesPilihan = bumdesPilihan;
        this.akun = akun;
    }

    @GetMapping("/ekonomi/produk/{kode}")
    String daftar(@PathVariable String kode, @RequestParam(required = false) Long ubah, Model model) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        Wilayah desa = umkm.desa(kode, me);
        Map<String, String> f = new LinkedHashMap<>();
        ProdukService.Produk edit = null;
        if (ubah != null) {
            edit = produk.produk(ubah, me);
            if (!edit.kodeDesa().equals(desa.kode())) {
                throw new NotFoundException("ekonomi.produk.tidakDitemukan");
            }
            f.put("nama", edit.nama());
            f.put("uraian", edit.uraian());
            f.put("hargaMin", Long.toString(edit.hargaMin()));
            f.put("hargaMaks", Long.toString(edit.hargaMaks()));
            f.put("satuan", edit.satuan());
            f.put("whatsapp", edit.whatsapp());
            f.put("bumdesId", edit.bumdesId() == null ? null : edit.bumdesId().toString());
            f.put("publik", Boolean.toString(edit.publik()));
            f.put(
                    "produsen",
                    String.join(
                            ",",
                            produk.produsenId(edit.id()).stream()
                                    .map(String::valueOf)
                                    .toList()));
        }
        isi(model, desa, me, f, edit);
        return "ekonomi/produk";
    }

    private void isi(Model model, Wilayah desa, PenggunaSaatIni me, Map<String, String> f, ProdukService.Produk edit) {
        List<ProdukService.Produk> all = produk.daftar(desa.kode(), me);
        Map<Long, List<String>> produsen = new LinkedHashMap<>();
        Map<Long, List<ProdukService.Mitra>> mitra = new LinkedHashMap<>();
        for (ProdukService.Produk p : all) {
            produsen.put(p.id(), produk.produsen(p.id()));
            mitra.put(p.id(), produk.mitra(p.id()));
        }
        model.addAttribute("desa", desa);
        model.addAttribute("produk", all);
        model.addAttribute("produsen", produsen);
        model.addAttribute("mitra", mitra);
        model.addAttribute("umkm", umkm.daftar(desa.kode(), me));
        model.addAttribute("bumdes", bumdesPilihan.pilihan(desa.kode()));
        model.addAttribute("bolehCatat", UmkmService.bolehCatat(me, desa.kode()));
        model.addAttribute("jenisMitraSemua", ProdukService.JenisMitra.values());
        model.addAttribute("f", f);
        model.addAttribute("edit", edit);
    }

    @PostMapping({"/ekonomi/produk/{kode}", "/ekonomi/produk/{kode}/{id}"})
    String simpan(
            @PathVariable String kode,
            @PathVariable(required = false) Long id,
            @RequestParam(required = false) String versi,
            @RequestParam(required = false) String nama,
            @RequestParam(required = false) String uraian,
            @RequestParam(required = false) String hargaMin,
            @RequestParam(required = false) String hargaMaks,
            @RequestParam(required = false) String satuan,
            @RequestParam(required = false) String whatsapp,
            @RequestParam(required = false) String bumdesId,
            @RequestParam(required = false) List<String> produsen,
            @RequestParam(defaultValue = "false") boolean publik,
            @RequestPart(name = "foto", required = false) MultipartFile foto,
            PageAction pageAction)
            throws IOException {
        PenggunaSaatIni me = akun.wajibSaatIni();
        Wilayah desa = umkm.desa(kode, me);
        byte[] bytes = foto == null || foto.isEmpty() ? null : foto.getBytes();
        String namaFoto = foto == null ? null : foto.getOriginalFilename();
        Map<String, String> f = new LinkedHashMap<>();
        f.put("nama", nama);
        f.put("uraian", uraian);
        f.put("hargaMin", hargaMin);
        f.put("hargaMaks", hargaMaks);
        f.put("satuan", satuan);
        f.put("whatsapp", whatsapp);
        f.put("bumdesId", bumdesId);
        f.put("publik", Boolean.toString(publik));
        f.put("produsen", produsen == null ? "" : String.join(",", produsen));
        return pageAction.run(
                () -> {
                    List<Long> ids = new ArrayList<>();
                    for (String p : produsen == null ? List.<String>of() : produsen) {
                        Integer x = Isian.bulat(p, "produsen");
                        if (x != null) {
                            ids.add(x.longValue());
                        }
                    }
                    Integer bumdes = Isian.bulat(bumdesId, "bumdesId");
                    produk.simpan(
                            desa.kode(),
                            id,
                            Isian.bulat(versi, "versi"),
                            new ProdukService.Isian(
                                    nama,
                                    uraian,
                                    Isian.rupiah(hargaMin, "hargaMin"),
                                    Isian.rupiah(hargaMaks, "hargaMaks"),
                                    satuan,
                                    whatsapp,
                                    bumdes == null ? null : bumdes.longValue(),
                                    ids,
                                    publik),
                            bytes,
                            namaFoto,
                            me);
                    return "ekonomi.tersimpan";
                },
                "/ekonomi/produk/" + desa.kode(),
                "ekonomi/produk",
                () -> isi(pageAction.model(), desa, me, f, id == null ? null : produk.produk(id, me)));
    }

    @PostMapping("/ekonomi/produk/{kode}/{id}/mitra")
    String mitra(
            @PathVariable String kode,
            @PathVariable long id,
            @RequestParam(required = false) String namaMitra,
            @RequestParam(required = false) String jenisMitra,
            @RequestParam(required = false) String tautan,
            PageAction pageAction) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        Wilayah desa = umkm.desa(kode, me);
        if (!produk.produk(id, me).kodeDesa().equals(desa.kode())) {
            throw new NotFoundException("ekonomi.produk.tidakDitemukan");
        }
        return pageAction.run(
                () -> {
                    produk.tambahMitra(id, namaMitra, jenisMitra, tautan, me);
                    return "ekonomi.tersimpan";
                },
                "/ekonomi/produk/" + desa.kode(),
                "ekonomi/produk",
                () -> isi(pageAction.model(), desa, me, new LinkedHashMap<>(), null));
    }
}
