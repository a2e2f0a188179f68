package id.pandudesa.perencanaan.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The reference codes of Permendagri 20/2018 (Lampiran), shipped with the app: the account
 * classification (rekening: akun 4/5/6 → kelompok → jenis → objek) and the bidang → sub-bidang →
 * kegiatan list, plus the kegiatan that Siskeudes added later. A code inside a {@code 90-99}
 * range is a local code the regulation leaves to the village ({@code 4.1.1.93}, {@code 2.3.95}).
 */
@Component
public class KodeApbdes {

    /** One entry of a code list: its code as written in the list, name and level or group. */
    public record Kode(String kode, String uraian, String jenis, boolean tambahan) {}

    private static final Pattern SISKEUDES = Pattern.compile("0?(\\d)\\.0?(\\d{1,2})\\.(\\d{2})\\.?");

    private final Map<String, Kode> rekening;
    private final Map<String, Kode> bidang;

    public KodeApbdes() {
        rekening = load("perencanaan/rekening.csv", "kelompok", false);
        Map<String, Kode> b = new LinkedHashMap<>(load("perencanaan/bidang.csv", "tingkat", false));
        b.putAll(load("perencanaan/bidang_tambahan_siskeudes.csv", "tingkat", true));
        bidang = Collections.unmodifiableMap(b);
    }

    private static Map<String, Kode> load(String path, String kindColumn, boolean tambahan) {
        Map<String, Kode> out = new LinkedHashMap<>();
        try (Reader in = new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(in)) {
                out.put(r.get("kode"), new Kode(r.get("kode"), r.get("uraian"), r.get(kindColumn), tambahan));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(out);
    }

    /** Every rekening entry, in the order of the Lampiran. */
    public List<Kode> semuaRekening() {
        return List.copyOf(rekening.values());
    }

    /** Every bidang, sub-bidang and kegiatan, the Lampiran's first, then Siskeudes additions. */
    public List<Kode> semuaBidang() {
        return List.copyOf(bidang.values());
    }

    /**
     * The rekening at objek level (four segments, {@code 5.2.1.01}) for a code, directly or through
     * its {@code 90-99} range ({@code 5.2.1.01.} as Siskeudes writes it too); empty for anything else.
     */
    public Optional<Kode> objek(String kode) {
        if (kode == null) {
            return Optional.empty();
        }
        // Siskeudes writes a rekening with a trailing dot (5.1.1.01.).
        String k =
                kode.trim().endsWith(".") ? kode.trim().substring(0, kode.trim().length() - 1) : kode.trim();
        if (k.split("\\.").length != 4) {
            return Optional.empty();
        }
        return cari(rekening, k);
    }

    /** A kegiatan (three segments, {@code 2.1.01}; Siskeudes' {@code 02.01.01.} is read as well). */
    public Optional<Kode> kegiatan(String kode) {
        String k = normalKegiatan(kode);
        if (k == null) {
            return Optional.empty();
        }
        return cari(bidang, k).filter(c -> c.jenis().equals("kegiatan"));
    }

    /** The kegiatan code in the Lampiran's notation, or {@code null} when it is not one. */
    public static String normalKegiatan(String kode) {
        if (kode == null || kode.isBlank()) {
            return null;
        }
        String k = kode.trim();
        Matcher m = SISKEUDES.matcher(k);
        if (m.matches()) {
            return m.group(1) + "." + Integer.parseInt(m.group(2)) + "." + m.group(3);
        }
        return k.matches("\\d\\.\\d{1,2}\\.\\d{2}") ? k : null;
    }

    /** The name of a rekening code at any level (akun, kelompok, jenis, objek), if known. */
    public Optional<String> namaRekening(String kode) {
        return Optional.ofNullable(rekening.get(kode)).map(Kode::uraian);
    }

    /** The name of a bidang, sub-bidang or kegiatan code, if known. */
    public Optional<String> namaBidang(String kode) {
        return Optional.ofNullable(bidang.get(kode)).map(Kode::uraian);
    }

    private static Optional<Kode> cari(Map<String, Kode> list, String kode) {
        Kode exact = list.get(kode);
        if (exact != null) {
            return exact.kode().contains("90-99") ? Optional.empty() : Optional.of(exact);
        }
        int dot = kode.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String last = kode.substring(dot + 1);
        if (last.matches("9\\d")) {
            Kode range = list.get(kode.substring(0, dot) + ".90-99");
            if (range != null) {
                return Optional.of(new Kode(kode, range.uraian(), range.jenis(), range.tambahan()));
            }
        }
        return Optional.empty();
    }
}
