package id.pandudesa.pengaduan.internal;

import id.pandudesa.platform.web.Formulir;
import java.util.Map;

/**
 * A complaint as typed into the public form, the operator's form (with the channel it came by) or
 * the API's form variant. {@code situs_web} is the field people never see: a robot fills it.
 */
record AduanForm(
        String kodeDesa,
        String kategori,
        String uraian,
        String nama,
        String kontak,
        String anonim,
        String saluran,
        String situs_web)
        implements Formulir {

    PengaduanService.Aduan aduan() {
        return new PengaduanService.Aduan(
                kodeDesa, kategori, uraian, nama, kontak, "true".equals(anonim) || "on".equals(anonim));
    }

    /** Whether the hidden field was filled. */
    boolean robot() {
        return situs_web != null && !situs_web.isEmpty();
    }

    /** The fields to show again; the hidden one never comes back. */
    @Override
    public Map<String, String> isian() {
        Map<String, String> out = Formulir.super.isian();
        out.remove(PengaduanPublikController.HONEYPOT);
        return out;
    }
}
