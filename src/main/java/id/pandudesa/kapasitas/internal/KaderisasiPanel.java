package id.pandudesa.kapasitas.internal;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.akun.Peran;
import id.pandudesa.platform.web.BerandaPanel;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * On the landing page of the TA (and the PD): villages of their area whose dependence on
 * facilitators is not falling (the kaderisasi flag), with a link to the region's view.
 */
@Component
class KaderisasiPanel implements BerandaPanel {

    record Tanda(
            String kodeWilayah, List<Kaderisasi.Desa> desa, java.util.Map<String, id.pandudesa.wilayah.Wilayah> nama) {}

    private final AkunApi akun;
    private final Kaderisasi kaderisasi;
    private final KaderService kader;
    private final id.pandudesa.wilayah.WilayahApi wilayah;

    KaderisasiPanel(AkunApi akun, Kaderisasi kaderisasi, KaderService kader, id.pandudesa.wilayah.WilayahApi wilayah) {
        this.akun = akun;
        this.kaderisasi = kaderisasi;
        this.kader = kader;
        this.wilayah = wilayah;
    }

    @Override
    public int urutan() {
        return 30;
    }

    @Override
    public Optional<Panel> untukPenggunaSaatIni() {
        return akun.saatIni()
                .filter(me -> me.peran() == Peran.TA || me.peran() == Peran.PD)
                .filter(me ->
                        me.lingkup().prefiks().size() == 1 && !me.lingkup().isNasional())
                .map(me -> me.lingkup().prefiks().getFirst())
                .map(kode -> {
                    List<Kaderisasi.Desa> flagged =
                            kaderisasi
                                    .wilayah(kode, YearMonth.from(kader.hariIni()), Kaderisasi.JENDELA)
                                    .values()
                                    .stream()
                                    .filter(Kaderisasi.Desa::tertandai)
                                    .toList();
                    return new Tanda(
                            kode,
                            flagged,
                            wilayah.semua(flagged.stream()
                                    .map(Kaderisasi.Desa::kodeDesa)
                                    .toList()));
                })
                .filter(t -> !t.desa().isEmpty())
                .map(t -> new Panel("kapasitas.panel.judul", "kapasitas/panel", "panel", t));
    }
}
