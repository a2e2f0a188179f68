package id.pandudesa.lapangan;

import id.pandudesa.akun.PenggunaSaatIni;
import java.util.List;

/**
 * A module's forms for field work, offered to a user: the field page lists them and the phone keeps
 * each one (the page with the villages, lists and catalogue it embeds) for use without signal. A form
 * so offered marks its {@code <form>} with {@code data-lapangan} and loads {@code /js/lapangan.js}; the
 * queue then sends it with an {@code Idempotency-Key}, which the platform makes idempotent.
 */
public interface FormulirLapangan {

    /** Where the module's forms come on the field page, lower first. */
    int urutan();

    /**
     * The forms the user can fill now: few, and bounded (a handful of villages, this fortnight's
     * meetings, running projects), each a page address. Empty for a role that fills none.
     */
    List<Formulir> untuk(PenggunaSaatIni me);

    /**
     * @param jenis message key of the kind of form ("lapangan.jenis.kegiatan")
     * @param judul what the form is for, as data (a desa, a meeting, a project), or "" for a general form
     * @param alamat the page's address, e.g. {@code /pendampingan/catat}
     */
    record Formulir(String jenis, String judul, String alamat) {}
}
