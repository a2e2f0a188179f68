package id.pandudesa.indeks.internal;

import id.pandudesa.indeks.IndeksApi;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;

@Service
class IndeksApiImpl implements IndeksApi {

    private final HasilRepository results;
    private final IndeksDesaService indeksDesa;
    private final KatalogIndeks catalogues;

    IndeksApiImpl(HasilRepository results, IndeksDesaService indeksDesa, KatalogIndeks catalogues) {
        this.catalogues = catalogues;
        this.results = results;
        this.indeksDesa = indeksDesa;
    }

    @Override
    public List<NilaiIndeksDesa> riwayatIndeksDesa(String kodeDesa) {
        return indeksDesa.riwayatDesa(kodeDesa).stream()
                .map(h -> new NilaiIndeksDesa(h.tahun(), h.skor(), h.status(), h.dimensi()))
                .toList();
    }

    /** {@code <INDEX>:<year>:<item>}: an item below its best in a score index's stored result of that year. */
    @Override
    public java.util.Optional<KutipanData> kutipanData(String kodeDesa, String rujukan) {
        if (rujukan == null || !rujukan.matches("[A-Z_]{2,30}:\\d{4}:\\d{1,3}")) {
            return java.util.Optional.empty();
        }
        String[] part = rujukan.split(":");
        java.util.Optional<IndeksDesaCalculator> calc = catalogues.skor(part[0]);
        int tahun = Integer.parseInt(part[1]);
        int no = Integer.parseInt(part[2]);
        if (calc.isEmpty() || no < 1 || no > calc.get().katalog().butir().size()) {
            return java.util.Optional.empty();
        }
        KatalogIndeksDesa k = calc.get().katalog();
        return indeksDesa
                .hasilDesa(calc.get(), kodeDesa, tahun)
                .filter(h -> h.butir()[no - 1] < k.skorMaks())
                .map(h -> {
                    KatalogIndeksDesa.Butir b = k.butir().get(no - 1);
                    int skor = h.butir()[no - 1];
                    return new KutipanData(
                            rujukan,
                            k.nama() + " " + tahun + ", butir " + no + " (" + b.judul() + "): skor " + skor,
                            b.rekomendasiUntuk(skor).orElse(""));
                });
    }

    @Override
    public List<Nilai> riwayat(String kodeDesa) {
        return results.riwayat(kodeDesa).stream()
                .map(h -> new Nilai(h.tahun(), h.hasil().idm(), h.hasil().status()))
                .sorted(Comparator.comparingInt(Nilai::tahun))
                .toList();
    }
}
