package id.pandudesa.regulasi.internal;

import id.pandudesa.regulasi.RegulasiApi;
import id.pandudesa.wilayah.SebutanDesa;
import id.pandudesa.wilayah.WilayahApi;
import java.util.List;
import org.springframework.stereotype.Service;

@Service
class RegulasiApiImpl implements RegulasiApi {

    private final RegulasiService service;
    private final WilayahApi wilayah;

    RegulasiApiImpl(RegulasiService service, WilayahApi wilayah) {
        this.service = service;
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
}
