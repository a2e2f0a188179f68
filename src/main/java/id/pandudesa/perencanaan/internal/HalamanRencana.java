package id.pandudesa.perencanaan.internal;

import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.musyawarah.MusyawarahApi;
import id.pandudesa.platform.web.Formulir;
import id.pandudesa.platform.web.Isian;
import java.time.Clock;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the planning pages share: the decisions around a year, code names and lists, the page-action rule. */
@org.springframework.stereotype.Component
class HalamanRencana {

    private final KodeApbdes codes;
    private final MusyawarahApi musyawarah;
    private final Clock clock;

    HalamanRencana(KodeApbdes codes, MusyawarahApi musyawarah, Clock clock) {
        this.codes = codes;
        this.musyawarah = musyawarah;
        this.clock = clock;
    }

    /**
     * Decisions a plan for {@code tahun} may rest on: meetings of the year before (when plans are
     * made), of the year itself, and of this year (records entered late).
     */
    List<MusyawarahApi.Keputusan> keputusanSekitar(String code, int tahun, PenggunaSaatIni me) {
        java.util.Set<Integer> years = new java.util.TreeSet<>(List.of(tahun - 1, tahun, tahunIni()));
        List<MusyawarahApi.Keputusan> out = new ArrayList<>();
        years.forEach(y -> out.addAll(musyawarah.keputusanDesa(code, y, me)));
        return out;
    }

    Map<String, String> namaBidang(List<String> kode) {
        Map<String, String> out = new LinkedHashMap<>();
        kode.forEach(k -> out.put(k, codes.namaBidang(k).orElse(k)));
        return out;
    }

    String namaBidangSingkat(String kode) {
        String top = kode.substring(0, kode.indexOf('.'));
        return top + " " + codes.namaBidang(top).map(HalamanRencana::singkat).orElse("");
    }

    static String singkat(String nama) {
        String n = nama.replaceFirst("(?i)^bidang\\s+", "");
        return n.length() > 28 ? n.substring(0, 27) + "…" : n;
    }

    /** Sub-bidang and kegiatan of the regulation, for the proposal's bidang list. */
    List<KodeApbdes.Kode> subBidang() {
        return codes.semuaBidang().stream().filter(k -> k.kode().contains(".")).toList();
    }

    List<KodeApbdes.Kode> kegiatanKode() {
        return codes.semuaBidang().stream()
                .filter(k -> k.kode().split("\\.").length == 3)
                .toList();
    }

    List<KodeApbdes.Kode> rekeningBelanja() {
        return codes.semuaRekening().stream()
                .filter(k -> k.kode().startsWith("5.")
                        && k.kode().split("\\.").length == 4
                        && !k.kode().contains("90-99"))
                .toList();
    }

    /** Adopting a plan (RPJMDes, RKPDes): the agreed decision it rests on, at the version the page showed. */
    record PenetapanForm(String keputusan, String versi) implements Formulir {

        Integer versiDibaca() {
            return Isian.bulat(versi, "versi");
        }
    }

    /** A proposal as the village secretary types it (new or changed). */
    record UsulanForm(
            String judul,
            String lokasi,
            String asal,
            String kodeBidang,
            String laki,
            String perempuan,
            String miskin,
            String biaya,
            String pengusul,
            String musdus,
            String versi,
            String rujukanData)
            implements Formulir {

        RencanaDesa.UsulanBaru baca() {
            return new RencanaDesa.UsulanBaru(
                    judul,
                    lokasi,
                    asal,
                    kodeBidang,
                    Isian.bulat(laki, "laki"),
                    Isian.bulat(perempuan, "perempuan"),
                    Isian.bulat(miskin, "miskin"),
                    Isian.rupiah(biaya, "biaya"),
                    pengusul,
                    musdus,
                    rujukanData);
        }
    }

    static Long id(String v) {
        return v == null || !v.trim().matches("\\d{1,18}") ? null : Long.valueOf(v.trim());
    }

    int tahunIni() {
        return Year.now(clock.withZone(ZoneId.of("Asia/Jakarta"))).getValue();
    }
}
