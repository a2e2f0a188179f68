package id.pandudesa.lapangan.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The offline queue's texts in the page's language, as JSON in the queue panel's {@code data-teks}
 * for {@code /js/lapangan.js} (the
 * script has no text of its own): {@code lapangan.js.*} keys of the message bundles, "{0}" and
 * "{1}" filled in by the script.
 */
@Component("lapanganTeks")
class LapanganTeks {

    static final List<String> KUNCI = List.of(
            "ditolak403",
            "ditolak404",
            "terlaluBesar",
            "galatServer",
            "memeriksa",
            "luring",
            "perluMasuk",
            "selesai",
            "mengirim",
            "ringkas",
            "kosong",
            "status.MENUNGGU",
            "status.GAGAL",
            "status.DITOLAK",
            "status.BENTROK",
            "foto",
            "perbaiki",
            "buang",
            "buangYakin",
            "perluSinyal",
            "bentrok",
            "ditolak",
            "tersimpanAntre",
            "tersimpanMasuk",
            "tersimpanLuring",
            "gagalSimpan",
            "dariAntrean",
            "menyiapkan",
            "siap",
            "siapkanGagal",
            "siapSebelumnya");

    private final MessageSource messages;
    private final JsonMapper json;

    LapanganTeks(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    /** The texts in the request's language. */
    public String json() {
        return json(LocaleContextHolder.getLocale());
    }

    String json(Locale locale) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String k : KUNCI) {
            texts.put(k, messages.getMessage("lapangan.js." + k, null, locale));
        }
        return json.writeValueAsString(texts);
    }
}
