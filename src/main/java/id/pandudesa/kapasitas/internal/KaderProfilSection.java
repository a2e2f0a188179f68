package id.pandudesa.kapasitas.internal;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.wilayah.ProfilDesaSection;
import id.pandudesa.wilayah.Wilayah;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The village's active cadres on its profile page, for users whose scope covers it. */
@Component
class KaderProfilSection implements ProfilDesaSection {

    record Data(Wilayah desa, java.util.List<KaderService.Kader> kader) {}

    private final AkunApi akun;
    private final KaderService kader;

    KaderProfilSection(AkunApi akun, KaderService kader) {
        this.akun = akun;
        this.kader = kader;
    }

    @Override
    public int urutan() {
        return 15;
    }

    @Override
    public Optional<Bagian> untuk(Wilayah desa) {
        if (!desa.isDesa()
                || akun.saatIni().filter(me -> me.mencakup(desa.kode())).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Bagian(
                "kapasitas.kader.judul",
                "kapasitas/bagian",
                "profil",
                new Data(
                        desa,
                        kader.daftar(desa.kode()).stream()
                                .filter(k -> k.status() == KaderService.Status.AKTIF)
                                .toList())));
    }
}
