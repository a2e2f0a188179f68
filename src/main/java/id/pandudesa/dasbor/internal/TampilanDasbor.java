package id.pandudesa.dasbor.internal;

import id.pandudesa.dasbor.SumberDasbor;
import id.pandudesa.platform.web.Grafik;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * How a dashboard is shown: the columns of its tables (every figure for the exports, the main ones
 * on the page), their labels in the user's language, and values formatted as people read them.
 */
@Component
class TampilanDasbor {

    /** The figures of the page's table and of the map, as {@code modul.ukuran}. */
    static final List<String> UTAMA = List.of(
            "pendampingan.kegiatan",
            "idm.rataIdm",
            "idm.perStatus.MANDIRI",
            "idm.perStatus.SANGAT_TERTINGGAL",
            "musyawarah.diadakan",
            "musyawarah.persenPerempuan",
            "apbdes.belanja",
            "pelaksanaan.persenRealisasi",
            "pelaksanaan.lewatJadwal",
            "pengaduan.terbuka",
            "pengaduan.hariSelesai",
            "kapasitas.kaderAktif",
            "ekonomi.bumdes",
            "kerjasama.berlaku");

    /** One column: a module's figure (or computed figure), labelled. */
    record Kolom(String kunci, String modul, String ukuran, String label, boolean rupiah, boolean turunan) {}

    /** A figure on a card, linked to the list behind it. */
    record Angka(String label, String teks) {}

    record GrafikBernama(String judul, Grafik grafik) {}

    /** A module's card: its figures and charts, and the list they come from. */
    record Kartu(String kunci, String judul, String tautan, List<Angka> angka, List<GrafikBernama> grafik) {}

    private final MesinRollup mesin;
    private final MessageSource messages;

    TampilanDasbor(MesinRollup mesin, MessageSource messages) {
        this.mesin = mesin;
        this.messages = messages;
    }

    /** Every figure of every module, in the order the modules show them. */
    List<Kolom> semuaKolom() {
        List<Kolom> out = new ArrayList<>();
        for (SumberDasbor s : mesin.sumber()) {
            for (String u : s.ukuran()) {
                out.add(kolom(s, u, false));
            }
            for (SumberDasbor.Turunan t : s.turunan()) {
                out.add(kolom(s, t.kunci(), true));
            }
        }
        return out;
    }

    List<Kolom> kolomUtama() {
        Map<String, Kolom> all = new LinkedHashMap<>();
        semuaKolom().forEach(k -> all.put(k.kunci(), k));
        return UTAMA.stream().filter(all::containsKey).map(all::get).toList();
    }

    Kolom kolom(String kunci) {
        return semuaKolom().stream()
                .filter(k -> k.kunci().equals(kunci))
                .findFirst()
                .orElse(kolomUtama().getFirst());
    }

    private Kolom kolom(SumberDasbor s, String ukuran, boolean computed) {
        return new Kolom(s.kunci() + "." + ukuran, s.kunci(), ukuran, label(s, ukuran), s.rupiah(ukuran), computed);
    }

    String label(SumberDasbor s, String ukuran) {
        int dot = ukuran.indexOf('.');
        String key = dot < 0
                ? "dasbor." + s.kunci() + "." + ukuran
                : s.labelKelompok(ukuran.substring(0, dot)) + ukuran.substring(dot + 1);
        String item = pesan(key);
        return dot < 0 ? item : item + " (" + pesan("dasbor." + s.kunci() + "." + ukuran.substring(0, dot)) + ")";
    }

    String pesan(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    /** The value of a column in a row, as a number (null when it has none, e.g. a mean of nothing). */
    static Number nilai(MesinRollup.Baris b, Kolom k) {
        MesinRollup.Blok blok = b.blok(k.modul());
        if (k.turunan()) {
            return blok.turunan().get(k.ukuran());
        }
        return blok.nilai(k.ukuran());
    }

    String teks(MesinRollup.Baris b, Kolom k) {
        return teks(nilai(b, k), k.rupiah());
    }

    static String teks(Number n, boolean rupiah) {
        if (n == null) {
            return "–";
        }
        Locale locale = LocaleContextHolder.getLocale();
        if (rupiah) {
            return Grafik.rupiahSingkat(n.longValue());
        }
        if (n instanceof BigDecimal d) {
            NumberFormat f = NumberFormat.getNumberInstance(locale);
            f.setMinimumFractionDigits(d.scale());
            f.setMaximumFractionDigits(d.scale());
            return f.format(d);
        }
        return NumberFormat.getIntegerInstance(locale).format(n.longValue());
    }

    /** The cards of a region's total: plain figures listed, each dotted group as a chart. */
    List<Kartu> kartu(MesinRollup.Rekap r, String kodeTautan) {
        List<Kartu> out = new ArrayList<>();
        for (SumberDasbor s : mesin.sumber()) {
            MesinRollup.Blok blok = r.total().blok(s.kunci());
            List<Angka> figures = new ArrayList<>();
            Map<String, Map<String, Long>> groups = new LinkedHashMap<>();
            for (String u : s.ukuran()) {
                int dot = u.indexOf('.');
                if (dot < 0) {
                    figures.add(new Angka(pesan("dasbor." + s.kunci() + "." + u), teks(blok.nilai(u), s.rupiah(u))));
                } else {
                    groups.computeIfAbsent(u.substring(0, dot), g -> new LinkedHashMap<>())
                            .put(pesan(s.labelKelompok(u.substring(0, dot)) + u.substring(dot + 1)), blok.nilai(u));
                }
            }
            for (SumberDasbor.Turunan t : s.turunan()) {
                figures.add(new Angka(
                        pesan("dasbor." + s.kunci() + "." + t.kunci()),
                        teks(blok.turunan().get(t.kunci()), false)));
            }
            blok.keterangan()
                    .forEach((k, v) ->
                            figures.add(0, new Angka(pesan("dasbor." + s.kunci() + "." + k), String.valueOf(v))));
            List<GrafikBernama> charts = new ArrayList<>();
            groups.forEach((g, values) -> {
                Map<String, Long> shown = new LinkedHashMap<>();
                // Long lists (ten kinds of meeting) show only what happened; short ones show zeros too.
                values.forEach((label, v) -> {
                    if (v > 0 || values.size() <= 5) {
                        shown.put(label, v);
                    }
                });
                if (!shown.isEmpty()) {
                    charts.add(new GrafikBernama(pesan("dasbor." + s.kunci() + "." + g), Grafik.dari(shown, null)));
                }
            });
            if (s.kunci().equals("apbdes") || s.kunci().equals("pelaksanaan")) {
                Map<String, Long> money = new LinkedHashMap<>();
                for (String u : s.ukuran()) {
                    if (s.rupiah(u)) {
                        money.put(pesan("dasbor." + s.kunci() + "." + u), blok.nilai(u));
                    }
                }
                charts.add(new GrafikBernama(pesan("dasbor." + s.kunci() + ".grafik"), Grafik.rupiah(money, null)));
            }
            out.add(new Kartu(
                    s.kunci(),
                    pesan("dasbor." + s.kunci() + ".judul"),
                    s.tautan(kodeTautan, r.tahun()).orElse(null),
                    figures,
                    charts));
        }
        return out;
    }

    /** One column compared across the child regions, as bars. */
    Grafik banding(List<MesinRollup.Baris> rows, Kolom k) {
        Map<String, Long> values = new LinkedHashMap<>();
        if (k.turunan()) {
            // Computed figures keep their decimals: bars of the unscaled values, labelled with the scale.
            int scale = rows.stream()
                    .map(b -> nilai(b, k))
                    .filter(java.util.Objects::nonNull)
                    .mapToInt(n -> ((BigDecimal) n).scale())
                    .max()
                    .orElse(0);
            for (MesinRollup.Baris b : rows) {
                Number n = nilai(b, k);
                if (n != null) {
                    values.put(b.nama(), ((BigDecimal) n).movePointRight(scale).longValue());
                }
            }
            return Grafik.dari(values, null, v -> teks(BigDecimal.valueOf(v, scale), false));
        }
        for (MesinRollup.Baris b : rows) {
            values.put(b.nama(), nilai(b, k).longValue());
        }
        return k.rupiah() ? Grafik.rupiah(values, null) : Grafik.dari(values, null);
    }
}
