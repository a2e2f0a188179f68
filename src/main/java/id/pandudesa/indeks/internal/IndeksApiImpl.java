package id.pandudesa.indeks.internal;

import id.pandudesa.indeks.IndeksApi;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;

@Service
class IndeksApiImpl implements IndeksApi {

    private final HasilRepository results;
    private final IndeksDesaService indeksDesa;

    IndeksApiImpl(HasilRepository results, IndeksDesaService indeksDesa) {
        this.results = results;
        this.indeksDesa = indeksDesa;
    }

    @Override
    public List<NilaiIndeksDesa> riwayatIndeksDesa(String kodeDesa) {
        return indeksDesa.riwayatDesa(kodeDesa).stream()
                .map(h -> new NilaiIndeksDesa(h.tahun(), h.skor(), h.status(), h.dimensi()))
                .toList();
    }

    @Override
    public java.util.Optional<KutipanData> kutipanData(String kodeDesa, String rujukan) {
        if (rujukan == null || !rujukan.matches("INDEKS_DESA:\\d{4}:\\d{1,3}")) {
            return java.util.Optional.empty();
        }
        String[] part = rujukan.split(":");
        int tahun = Integer.parseInt(part[1]);
        int no = Integer.parseInt(part[2]);
        KatalogIndeksDesa k = indeksDesa.kalkulator().katalog();
        if (no < 1 || no > k.butir().size()) {
            return java.util.Optional.empty();
        }
        return indeksDesa
                .hasilDesa(kodeDesa, tahun)
                .filter(h -> h.butir()[no - 1] < 5)
                .map(h -> {
                    KatalogIndeksDesa.Butir b = k.butir().get(no - 1);
                    int skor = h.butir()[no - 1];
                    return new KutipanData(
                            rujukan,
                            "Indeks Desa " + tahun + ", butir " + no + " (" + b.judul() + "): skor " + skor,
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
