package id.pandudesa.indeks.internal;

import id.pandudesa.indeks.IndeksApi;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;

@Service
class IndeksApiImpl implements IndeksApi {

    private final HasilRepository results;

    IndeksApiImpl(HasilRepository results) {
        this.results = results;
    }

    @Override
    public List<Nilai> riwayat(String kodeDesa) {
        return results.riwayat(kodeDesa).stream()
                .map(h -> new Nilai(h.tahun(), h.hasil().idm(), h.hasil().status()))
                .sorted(Comparator.comparingInt(Nilai::tahun))
                .toList();
    }
}
