package id.pandudesa.indeks.internal;

import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.lapangan.FormulirLapangan;
import id.pandudesa.platform.PageQuery;
import id.pandudesa.wilayah.Wilayah;
import id.pandudesa.wilayah.WilayahApi;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * This year's IDM questionnaire of each of the user's villages (those who fill it: KPMD, village
 * government, PLD), with the catalogue's questions and rules in the page.
 */
@Component
class FormulirKuesioner implements FormulirLapangan {

    private final WilayahApi wilayah;
    private final Clock clock;

    FormulirKuesioner(WilayahApi wilayah, Clock clock) {
        this.wilayah = wilayah;
        this.clock = clock;
    }

    @Override
    public int urutan() {
        return 30;
    }

    @Override
    public List<Formulir> untuk(PenggunaSaatIni me) {
        if (!KuesionerService.PENGISI.contains(me.peran())) {
            return List.of();
        }
        int year = LocalDate.now(clock.withZone(ZoneId.of("Asia/Jakarta"))).getYear();
        // The villages of the user's scope, a page of them (a PLD has a handful, a KPMD one).
        return wilayah.desaDalam(me.lingkup().prefiks(), new PageQuery(0, 20)).isi().stream()
                .sorted(java.util.Comparator.comparing(Wilayah::nama))
                .map(w -> new Formulir(
                        "lapangan.jenis.kuesioner",
                        w.nama() + " " + year,
                        "/indeks/kuesioner/" + w.kode() + "/" + year))
                .toList();
    }
}
