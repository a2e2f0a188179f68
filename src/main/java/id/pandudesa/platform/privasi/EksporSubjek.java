package id.pandudesa.platform.privasi;

import id.pandudesa.platform.pdf.PdfBuilder;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * What is held about a person, for the person (UU 27/2022 Pasal 7): every finding with its module,
 * table, region and values, as JSON (machine-readable) and as a PDF letter.
 */
@Component
public class EksporSubjek {

    private final MessageSource messages;
    private final JsonMapper json = JsonMapper.builder().build();

    EksporSubjek(MessageSource messages) {
        this.messages = messages;
    }

    public byte[] json(
            PermintaanSubjek.Permintaan p, List<SubjekData.Temuan> temuan, List<LogAkses.Akses> akses, Instant dibuat) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("permintaan", p.id());
        out.put("pemohon", p.pemohon());
        out.put("dicari", p.kriteria());
        out.put("dibuat", dibuat.toString());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (SubjekData.Temuan t : temuan) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("modul", t.modul());
            r.put("tabel", t.tabel());
            r.put("wilayah", t.kodeWilayah());
            r.put("data", t.isi());
            r.put("dapatDihapus", t.bolehDianonimkan());
            rows.add(r);
        }
        out.put("temuan", rows);
        List<Map<String, Object>> looked = new ArrayList<>();
        for (LogAkses.Akses a : akses) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("waktu", a.waktu().toString());
            r.put("oleh", a.pelaku());
            r.put("jenis", a.jenis());
            r.put("catatan", a.rekamanId());
            r.put("dari", a.asal());
            looked.add(r);
        }
        out.put("aksesIdentitas", looked);
        return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(out);
    }

    public byte[] pdf(
            PermintaanSubjek.Permintaan p,
            List<SubjekData.Temuan> temuan,
            List<LogAkses.Akses> akses,
            Instant dibuat,
            Locale locale) {
        String title = msg("subjek.pdf.judul", locale);
        PdfBuilder pdf = PdfBuilder.a4()
                .metadata(title, "Pandu Desa")
                .judul(title)
                .identitas(List.of(
                        new String[] {msg("subjek.nomor", locale), String.valueOf(p.id())},
                        new String[] {msg("subjek.pemohon", locale), p.pemohon()},
                        new String[] {
                            msg("subjek.diterima", locale), p.diterima().toString()
                        },
                        new String[] {
                            msg("subjek.pdf.dibuat", locale),
                            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                                            .format(dibuat.atZone(ZoneId.of("Asia/Jakarta")))
                                    + " WIB"
                        }))
                .paragraf(messages.getMessage("subjek.pdf.ringkas", new Object[] {temuan.size()}, locale));
        List<List<String>> rows = new ArrayList<>();
        for (SubjekData.Temuan t : temuan) {
            StringBuilder data = new StringBuilder();
            t.isi().forEach((k, v) -> {
                if (v != null) {
                    data.append(data.isEmpty() ? "" : "; ")
                            .append(k)
                            .append(": ")
                            .append(v);
                }
            });
            rows.add(List.of(
                    messages.getMessage("privasi.modul." + t.modul(), null, t.modul(), locale),
                    t.tabel(),
                    t.kodeWilayah() == null ? "—" : t.kodeWilayah(),
                    data.toString()));
        }
        if (!rows.isEmpty()) {
            pdf.tabel(
                    List.of(
                            msg("privasi.kolom.modul", locale),
                            msg("subjek.tabel", locale),
                            msg("akses.desa", locale),
                            msg("subjek.data", locale)),
                    rows,
                    new float[] {2, 2.4f, 1.6f, 6},
                    new boolean[] {false, false, false, false});
        }
        if (!akses.isEmpty()) {
            pdf.subjudul(msg("subjek.pdf.akses", locale));
            List<List<String>> seen = new ArrayList<>();
            DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
            for (LogAkses.Akses a : akses) {
                seen.add(List.of(
                        f.format(a.waktu().atZone(ZoneId.of("Asia/Jakarta"))) + " WIB",
                        a.pelaku(),
                        messages.getMessage("akses.jenis." + a.jenis(), null, a.jenis(), locale),
                        a.rekamanId()));
            }
            pdf.tabel(
                    List.of(
                            msg("akses.waktu", locale),
                            msg("akses.pelaku", locale),
                            msg("akses.jenis", locale),
                            msg("akses.rekaman", locale)),
                    seen,
                    new float[] {2.4f, 2, 3, 1.4f},
                    new boolean[] {false, false, false, false});
        }
        return pdf.toBytes();
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
