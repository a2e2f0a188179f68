package id.pandudesa.musyawarah.internal;

import id.pandudesa.wilayah.UnsurMasyarakat;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who came, against who was expected: the unsur present and the required ones missing, the share
 * of women and of poor households among participants, people with a disability, voters
 * (participants who are not observers). Observers count as present, never as voters.
 */
public record Inklusi(
        int laki,
        int perempuan,
        int miskin,
        int disabilitas,
        int peninjau,
        int pemilih,
        Map<UnsurMasyarakat, Integer> perUnsur,
        Set<UnsurMasyarakat> wajibHadir,
        Set<UnsurMasyarakat> wajibTidakHadir) {

    /** One row of attendance: a person (one of laki/perempuan is 1) or a count sheet line. */
    public record Hadir(UnsurMasyarakat unsur, int laki, int perempuan, int miskin, int disabilitas, boolean peninjau) {

        int jumlah() {
            return laki + perempuan;
        }
    }

    static Inklusi hitung(Set<UnsurMasyarakat> required, List<Hadir> rows) {
        int men = 0;
        int women = 0;
        int poor = 0;
        int disabled = 0;
        int observers = 0;
        Map<UnsurMasyarakat, Integer> byUnsur = new EnumMap<>(UnsurMasyarakat.class);
        for (Hadir h : rows) {
            men += h.laki();
            women += h.perempuan();
            poor += h.miskin();
            disabled += h.disabilitas();
            if (h.peninjau()) {
                observers += h.jumlah();
            }
            if (h.jumlah() > 0) {
                byUnsur.merge(h.unsur(), h.jumlah(), Integer::sum);
            }
        }
        // Poor households and people with a disability are present through whoever came, whatever
        // group they came for.
        Set<UnsurMasyarakat> there = EnumSet.noneOf(UnsurMasyarakat.class);
        there.addAll(byUnsur.keySet());
        if (poor > 0) {
            there.add(UnsurMasyarakat.MASYARAKAT_MISKIN);
        }
        if (disabled > 0) {
            there.add(UnsurMasyarakat.PENYANDANG_DISABILITAS);
        }
        Set<UnsurMasyarakat> present = EnumSet.noneOf(UnsurMasyarakat.class);
        Set<UnsurMasyarakat> missing = EnumSet.noneOf(UnsurMasyarakat.class);
        for (UnsurMasyarakat u : required) {
            if (there.contains(u)) {
                present.add(u);
            } else {
                missing.add(u);
            }
        }
        return new Inklusi(men, women, poor, disabled, observers, men + women - observers, byUnsur, present, missing);
    }

    public int jumlah() {
        return laki + perempuan;
    }

    /** Share of women, in whole per cent (0 with nobody present). */
    public int persenPerempuan() {
        return jumlah() == 0 ? 0 : Math.round(100f * perempuan / jumlah());
    }

    public int persenMiskin() {
        return jumlah() == 0 ? 0 : Math.round(100f * miskin / jumlah());
    }

    public boolean lengkap() {
        return wajibTidakHadir.isEmpty();
    }
}
