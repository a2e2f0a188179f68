package id.pandudesa.indeks.internal;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.wilayah.ProfilDesaSection;
import id.pandudesa.wilayah.Wilayah;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The desa's IDM history on its profile page, for users whose scope covers it. */
@Component
class IdmProfilSection implements ProfilDesaSection {

    private final AkunApi akun;
    private final HasilRepository results;

    IdmProfilSection(AkunApi akun, HasilRepository results) {
        this.akun = akun;
        this.results = results;
    }

    @Override
    public int urutan() {
        return 20;
    }

    @Override
    public Optional<Bagian> untuk(Wilayah desa) {
        Optional<PenggunaSaatIni> me = akun.saatIni();
        if (me.isEmpty() || !me.get().mencakup(desa.kode()) || !desa.isDesa()) {
            return Optional.empty();
        }
        List<HasilIndeks> history = results.riwayat(desa.kode());
        return Optional.of(
                new Bagian("indeks.desa.judul", "indeks/profil", "ringkas", new Ringkas(desa.kode(), history)));
    }

    record Ringkas(String kodeDesa, List<HasilIndeks> riwayat) {}
}
