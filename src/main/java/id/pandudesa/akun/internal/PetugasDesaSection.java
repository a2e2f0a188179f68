package id.pandudesa.akun.internal;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.wilayah.ProfilDesaSection;
import id.pandudesa.wilayah.Wilayah;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The facilitators and cadres serving a desa, on its profile page: names and contacts, for
 * users whose scope covers the desa only.
 */
@Component
class PetugasDesaSection implements ProfilDesaSection {

    private final AkunApi akun;

    PetugasDesaSection(AkunApi akun) {
        this.akun = akun;
    }

    @Override
    public int urutan() {
        return 10;
    }

    @Override
    public Optional<Bagian> untuk(Wilayah desa) {
        Optional<PenggunaSaatIni> me = akun.saatIni();
        if (me.isEmpty() || !me.get().mencakup(desa.kode())) {
            return Optional.of(new Bagian("akun.petugas.judul", "akun/petugas", "diLuarLingkup", null));
        }
        return Optional.of(new Bagian("akun.petugas.judul", "akun/petugas", "daftar", akun.petugasDesa(desa.kode())));
    }
}
