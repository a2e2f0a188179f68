package id.pandudesa.platform.tabel;

import id.pandudesa.platform.FieldProblem;
import id.pandudesa.platform.RuleViolationException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * The files of an uploaded zip, by their names without folders (a zipped folder reads like its
 * files zipped), case-insensitively, only those a caller asks for: anything else, binary or not, is
 * skipped unread. Bounded so that a small upload cannot unpack into gigabytes.
 */
public final class ArsipZip {

    /** At most this many bytes unpacked in all. */
    public static final long MAKS_TOTAL = 300L * 1024 * 1024;

    private static final int MAKS_ENTRI = 2_000;

    private ArsipZip() {}

    /**
     * The wanted files' bytes by the name as asked ({@code Ta_RAB.csv}); a wanted file missing from
     * the zip is missing from the map.
     *
     * @throws RuleViolationException when the upload is not a zip, or unpacks beyond the bounds
     */
    public static Map<String, byte[]> baca(InputStream in, List<String> wanted) throws IOException {
        Map<String, String> byLower = new TreeMap<>();
        wanted.forEach(w -> byLower.put(w.toLowerCase(Locale.ROOT), w));
        Map<String, byte[]> out = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        long total = 0;
        int entries = 0;
        boolean any = false;
        try (ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                any = true;
                if (++entries > MAKS_ENTRI) {
                    throw tolak("zip.terlaluBanyakBerkas", MAKS_ENTRI);
                }
                if (e.isDirectory()) {
                    continue;
                }
                String name =
                        e.getName().substring(e.getName().replace('\\', '/').lastIndexOf('/') + 1);
                String asked = byLower.get(name.toLowerCase(Locale.ROOT));
                if (asked == null || out.containsKey(asked)) {
                    continue;
                }
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                byte[] buffer = new byte[64 * 1024];
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    total += n;
                    if (total > MAKS_TOTAL) {
                        throw tolak("zip.terlaluBesar", MAKS_TOTAL / (1024 * 1024));
                    }
                    bytes.write(buffer, 0, n);
                }
                out.put(asked, bytes.toByteArray());
            }
        } catch (ZipException ex) {
            throw tolak("zip.bukanZip");
        }
        if (!any) {
            throw tolak("zip.bukanZip");
        }
        return out;
    }

    private static RuleViolationException tolak(String key, Object... args) {
        return new RuleViolationException(List.of(FieldProblem.of("berkas", key, args)), key, args);
    }
}
