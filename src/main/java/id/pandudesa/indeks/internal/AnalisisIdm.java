package id.pandudesa.indeks.internal;

import id.pandudesa.indeks.HasilIdm;
import id.pandudesa.indeks.IdmCalculator;
import id.pandudesa.indeks.StatusIdm;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What would move a village up: each indicator's <em>nilai</em> (the IDM gained if it reached 5),
 * and the cheapest path to the next status — the fewest indicators whose gains cover the gap. Taking
 * the largest gains first is optimal for "fewest", and the path is checked by recomputing the IDM
 * with those indicators at 5.
 */
final class AnalisisIdm {

    private AnalisisIdm() {}

    /** One indicator of a village: its score, what reaching 5 would add, and its rule at this score. */
    record Potensi(int index, Katalog.Indikator indikator, int skor, double nilai, Katalog.Aturan aturan) {}

    /** The indicators chosen, and the status and IDM the village would reach with them at 5. */
    record Jalur(List<Potensi> indikator, StatusIdm statusBaru, double idmBaru) {}

    static List<Potensi> potensi(int[] skor, PenilaiKatalog katalog) {
        List<Potensi> out = new ArrayList<>();
        for (int i = 0; i < skor.length; i++) {
            out.add(new Potensi(
                    i,
                    katalog.katalog().indikator().get(i),
                    skor[i],
                    IdmCalculator.nilai(i, skor[i]),
                    katalog.aturan(i, skor[i]).orElse(null)));
        }
        out.sort(Comparator.comparingDouble(Potensi::nilai).reversed().thenComparingInt(Potensi::index));
        return out;
    }

    /** The fewest indicators to raise to 5 to reach the target status; empty for a Mandiri village. */
    static Jalur jalurTercepat(int[] skor, PenilaiKatalog katalog) {
        HasilIdm now = IdmCalculator.hitung(skor);
        if (now.status() == StatusIdm.MANDIRI) {
            return new Jalur(List.of(), StatusIdm.MANDIRI, now.idm());
        }
        int[] raised = skor.clone();
        List<Potensi> chosen = new ArrayList<>();
        for (Potensi p : potensi(skor, katalog)) {
            if (p.nilai() <= 0) {
                break;
            }
            raised[p.index()] = 5;
            chosen.add(p);
            HasilIdm after = IdmCalculator.hitung(raised);
            if (after.status().compareTo(now.status()) > 0) {
                return new Jalur(List.copyOf(chosen), after.status(), after.idm());
            }
        }
        HasilIdm after = IdmCalculator.hitung(raised);
        return new Jalur(List.copyOf(chosen), after.status(), after.idm());
    }
}
