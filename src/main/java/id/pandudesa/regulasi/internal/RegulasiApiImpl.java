package id.pandudesa.regulasi.internal;

import id.pandudesa.regulasi.RegulasiApi;
import id.pandudesa.wilayah.SebutanDesa;
import id.pandudesa.wilayah.WilayahApi;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

@Service
class RegulasiApiImpl implements RegulasiApi {

    private final RegulasiService service;
    private final DasarHukumService dasar;
    private final WilayahApi wilayah;

    RegulasiApiImpl(RegulasiService service, DasarHukumService dasar, WilayahApi wilayah) {
        this.service = service;
        this.dasar = dasar;
        this.wilayah = wilayah;
    }

    @Override
    public List<Publik> publik(String kodeDesa, int batas) {
        SebutanDesa kata = wilayah.sebutan(kodeDesa);
        return service.publik(kodeDesa, batas).stream()
                .map(p -> new Publik(
                        p.id(),
                        BukuAdministrasi.jenis(kata, p.jenis()),
                        p.judul(),
                        p.nomor(),
                        p.tanggalTetap(),
                        !p.teks().isEmpty()))
                .toList();
    }

    @Override
    public List<Rujukan> pilihan(String kodeDesa) {
        return service.publik(kodeDesa, 200).stream()
                .filter(p -> p.berlaku() == BerlakuProdukHukum.BERLAKU)
                .map(dasar::rujukan)
                .toList();
    }

    @Override
    public Optional<Rujukan> rujukan(long id, String kodeDesa) {
        return dasar.adopted(id, kodeDesa).map(dasar::rujukan);
    }

    @Override
    public Optional<Rujukan> dasarHukum(Pokok pokok, String kodeDesa, String pokokId) {
        return dasar.dasar(pokok, kodeDesa, pokokId);
    }
}
