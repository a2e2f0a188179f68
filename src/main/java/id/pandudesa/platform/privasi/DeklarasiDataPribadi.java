package id.pandudesa.platform.privasi;

import java.util.List;

/**
 * A module's personal data, declared in one place (a bean in the module): every column that holds
 * personal data, and the columns whose names look personal but are not (a village's name, a
 * project's location), each with the reason. {@code InventarisDataPribadiIT} fails when a table has
 * a personal-looking column that no module declares either way.
 */
public interface DeklarasiDataPribadi {

    /** The module's name as the record of processing shows it (a message key under {@code privasi.modul.}). */
    String modul();

    List<KolomPribadi> kolom();

    /** Columns that look personal by their name but hold none, with why (for the reviewers). */
    default List<BukanPribadi> bukanPribadi() {
        return List.of();
    }

    /** The tables where a person can be found by name, phone or e-mail (requests of data subjects). */
    default List<SumberSubjek> sumberSubjek() {
        return List.of();
    }

    /** A column that looks personal by its name and is not. */
    record BukanPribadi(String tabel, String kolom, String alasan) {

        public String nama() {
            return tabel + "." + kolom;
        }
    }
}
