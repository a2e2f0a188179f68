package id.pandudesa.perencanaan.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What an APBDes Perubahan changed against the version before: lines added, removed, or with a
 * different amount, matched by kegiatan, rekening and description (lines alike are summed).
 */
final class BedaApbdes {

    private BedaApbdes() {}

    enum Jenis {
        TAMBAH,
        HAPUS,
        UBAH
    }

    record Perubahan(Jenis jenis, String kodeKegiatan, String kodeRekening, String uraian, long sebelum, long sesudah) {

        public long selisih() {
            return sesudah - sebelum;
        }
    }

    record Kunci(String kodeKegiatan, String kodeRekening, String uraian) {}

    static List<Perubahan> antara(Apbdes sebelum, Apbdes sesudah) {
        Map<Kunci, Long> before = jumlah(sebelum);
        Map<Kunci, Long> after = jumlah(sesudah);
        List<Perubahan> out = new ArrayList<>();
        for (Map.Entry<Kunci, Long> e : before.entrySet()) {
            Long now = after.get(e.getKey());
            if (now == null) {
                out.add(perubahan(Jenis.HAPUS, e.getKey(), e.getValue(), 0));
            } else if (!Objects.equals(now, e.getValue())) {
                out.add(perubahan(Jenis.UBAH, e.getKey(), e.getValue(), now));
            }
        }
        for (Map.Entry<Kunci, Long> e : after.entrySet()) {
            if (!before.containsKey(e.getKey())) {
                out.add(perubahan(Jenis.TAMBAH, e.getKey(), 0, e.getValue()));
            }
        }
        out.sort(Comparator.comparing(Perubahan::kodeRekening)
                .thenComparing(p -> p.kodeKegiatan() == null ? "" : p.kodeKegiatan())
                .thenComparing(Perubahan::uraian));
        return out;
    }

    private static Perubahan perubahan(Jenis jenis, Kunci k, long before, long after) {
        return new Perubahan(jenis, k.kodeKegiatan(), k.kodeRekening(), k.uraian(), before, after);
    }

    private static Map<Kunci, Long> jumlah(Apbdes a) {
        Map<Kunci, Long> out = new LinkedHashMap<>();
        for (Apbdes.Baris b : a.baris()) {
            out.merge(new Kunci(b.kodeKegiatan(), b.kodeRekening(), b.uraian()), b.anggaran(), Math::addExact);
        }
        return out;
    }
}
