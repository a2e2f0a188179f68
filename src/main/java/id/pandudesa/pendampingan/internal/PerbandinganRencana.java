package id.pandudesa.pendampingan.internal;

import id.pandudesa.pendampingan.RuangLingkup;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The month's plan against the log. A planned item is done when a final entry of the author in
 * the same desa and scope falls in the same week of the month (days 1–7, 8–14, 15–21, 22–28,
 * 29–end); each entry fulfils at most one item. Items of a week that has passed without such an
 * entry are not done; later weeks are still open. Entries that fulfil no item are unplanned.
 */
final class PerbandinganRencana {

    enum Status {
        DILAKSANAKAN,
        TIDAK_DILAKSANAKAN,
        BELUM_WAKTUNYA
    }

    record Entri(long id, LocalDate tanggal, String kodeDesa, RuangLingkup ruangLingkup) {}

    record Item(long id, int minggu, String kodeDesa, RuangLingkup ruangLingkup) {}

    record HasilItem(Item item, Status status, Long kegiatanId) {}

    record Hasil(List<HasilItem> rencana, List<Entri> tidakDirencanakan) {

        public long dilaksanakan() {
            return rencana.stream()
                    .filter(h -> h.status() == Status.DILAKSANAKAN)
                    .count();
        }

        public long tidakDilaksanakan() {
            return rencana.stream()
                    .filter(h -> h.status() == Status.TIDAK_DILAKSANAKAN)
                    .count();
        }
    }

    private PerbandinganRencana() {}

    static int minggu(LocalDate date) {
        return Math.min(5, (date.getDayOfMonth() - 1) / 7 + 1);
    }

    static LocalDate akhirMinggu(YearMonth month, int week) {
        return week >= 5 ? month.atEndOfMonth() : month.atDay(Math.min(week * 7, month.lengthOfMonth()));
    }

    static Hasil bandingkan(YearMonth month, List<Item> plan, List<Entri> entries, LocalDate today) {
        Set<Long> used = new HashSet<>();
        List<HasilItem> results = new ArrayList<>();
        for (Item item : plan) {
            Entri match = entries.stream()
                    .filter(e -> !used.contains(e.id()))
                    .filter(e -> e.kodeDesa().equals(item.kodeDesa()))
                    .filter(e -> e.ruangLingkup() == item.ruangLingkup())
                    .filter(e -> minggu(e.tanggal()) == item.minggu())
                    .findFirst()
                    .orElse(null);
            if (match != null) {
                used.add(match.id());
                results.add(new HasilItem(item, Status.DILAKSANAKAN, match.id()));
            } else if (today.isAfter(akhirMinggu(month, item.minggu()))) {
                results.add(new HasilItem(item, Status.TIDAK_DILAKSANAKAN, null));
            } else {
                results.add(new HasilItem(item, Status.BELUM_WAKTUNYA, null));
            }
        }
        List<Entri> unplanned =
                entries.stream().filter(e -> !used.contains(e.id())).toList();
        return new Hasil(results, unplanned);
    }
}
