package id.pandudesa.kerjasama.internal;

import id.pandudesa.platform.web.Formulir;
import id.pandudesa.platform.web.Isian;
import java.util.ArrayList;
import java.util.List;

/** The forms of the cooperation pages as they arrive, read into the services' values at the edge. */
final class FormulirKerjasama {

    private FormulirKerjasama() {}

    /** A partner of the village: another desa, a company, an institution. */
    record MitraForm(String jenisMitra, String namaMitra, String kodeDesaMitra, String kontak, String alamat)
            implements Formulir {}

    /** A new agreement: its kind, title, scope, partners and, for villages together, their BKAD. */
    record PerjanjianForm(String jenis, String judul, String ruangLingkup, List<String> mitra, String bkad)
            implements Formulir {

        List<Long> mitraDibaca() {
            List<Long> ids = new ArrayList<>();
            for (String m : mitra == null ? List.<String>of() : mitra) {
                Long id = Isian.rupiah(m, "mitra");
                if (id != null) {
                    ids.add(id);
                }
            }
            return ids;
        }
    }

    /** One of the six steps done, with its evidence: a meeting, a document or a regulation. */
    record LangkahForm(String versi, String langkah, String bukti, String perdes, String catatan) implements Formulir {}

    /** The signed agreement: its number, signing day, period and value. */
    record TandaTanganForm(
            String versi, String nomorPerjanjian, String ditandatangani, String mulai, String selesai, String nilai)
            implements Formulir {}

    /** The aksi-refleksi review: when, in which meeting, what was found, and the page's three follow-up rows. */
    record RefleksiForm(
            String versi,
            String tanggalRefleksi,
            String musyawarahRefleksi,
            String temuan,
            String kinerjaBkad,
            String tl0_uraian,
            String tl0_pj,
            String tl0_tenggat,
            String tl1_uraian,
            String tl1_pj,
            String tl1_tenggat,
            String tl2_uraian,
            String tl2_pj,
            String tl2_tenggat)
            implements Formulir {

        List<RefleksiService.TindakLanjutBaru> tindakLanjut() {
            String[][] rows = {
                {tl0_uraian, tl0_pj, tl0_tenggat}, {tl1_uraian, tl1_pj, tl1_tenggat}, {tl2_uraian, tl2_pj, tl2_tenggat}
            };
            List<RefleksiService.TindakLanjutBaru> out = new ArrayList<>();
            for (String[] r : rows) {
                if (!isBlank(r[0]) || !isBlank(r[1]) || !isBlank(r[2])) {
                    out.add(new RefleksiService.TindakLanjutBaru(r[0], r[1], Isian.tanggal(r[2], "tindakLanjut")));
                }
            }
            return out;
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
