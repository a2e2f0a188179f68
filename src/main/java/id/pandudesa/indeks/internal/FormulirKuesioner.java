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
 * This year's index questionnaire (the Indeks Desa's from 2024) of each of the user's villages (those who fill it: KPMD, village
 * government, PLD), with the catalogue's questions and rules in the page.
 */
@Component
class FormulirKuesioner implements FormulirLapangan {

    private final WilayahApi wilayah;
    private final KuesionerService questionnaires;
    private final Clock clock;

    FormulirKuesioner(WilayahApi wilayah, KuesionerService questionnaires, Clock clock) {
        this.wilayah = wilayah;
        this.questionnaires = questionnaires;
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
        String kind = questionnaires.jenis(year) instanceof KuesionerIndeksDesa
                ? "lapangan.jenis.kuesionerIndeksDesa"
                : "lapangan.jenis.kuesioner";
        // The villages of the user's scope, a page of them (a PLD has a handful, a KPMD one).
        return wilayah.desaDalam(me.lingkup().prefiks(), new PageQuery(0, 20)).isi().stream()
                .sorted(java.util.Comparator.comparing(Wilayah::nama))
                .map(w -> new Formulir(kind, w.nama() + " " + year, "/indeks/kuesioner/" + w.kode() + "/" + year))
                .toList();
    }
}
