package id.pandudesa.platform.privasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.pandudesa.support.Halaman;
import id.pandudesa.support.PanduIntegrationTest;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * The record of processing is complete: every column of the migrated schema whose name looks
 * personal (a name, phone, e-mail, NIK, address, position, photo, contact, owner) is declared by a
 * module as personal data or as not personal, and every declaration names a real column.
 */
@PanduIntegrationTest
@Tag("db")
class InventarisDataPribadiIT {

    /** Name parts that make a column look personal. */
    static final Set<String> TAMPAK_PRIBADI = Set.of(
            "nama",
            "telepon",
            "telp",
            "hp",
            "email",
            "surel",
            "nik",
            "alamat",
            "lintang",
            "bujur",
            "lokasi",
            "posisi",
            "foto",
            "kontak",
            "whatsapp",
            "wa",
            "pemilik");

    @Autowired
    DataSource dataSource;

    @Autowired
    InventarisDataPribadi inventaris;

    @Autowired
    MessageSource messages;

    @Autowired
    Halaman halaman;

    static boolean tampakPribadi(String tabel, String kolom) {
        Set<String> parts = new HashSet<>(List.of(kolom.split("_")));
        if (kolom.equals("berkas_id")) {
            parts.addAll(List.of(tabel.split("_"))); // a table of photos: its file reference is the photo
        }
        parts.retainAll(TAMPAK_PRIBADI);
        return !parts.isEmpty();
    }

    Set<String> kolomSkema() throws Exception {
        Set<String> all = new TreeSet<>();
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            try (ResultSet rs = meta.getColumns(null, c.getSchema(), "%", "%")) {
                while (rs.next()) {
                    String tabel = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!tabel.startsWith("flyway")) {
                        all.add(tabel + "." + rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return all;
    }

    @Test
    void every_personal_looking_column_is_declared() throws Exception {
        Set<String> schema = kolomSkema();
        assertThat(schema).contains("pengaduan.kontak", "wilayah.nama");
        Set<String> declared = new HashSet<>();
        inventaris.deklarasi().forEach(d -> {
            d.kolom().forEach(k -> declared.add(k.nama()));
            d.bukanPribadi().forEach(b -> declared.add(b.nama()));
        });
        List<String> undeclared = new ArrayList<>();
        for (String c : schema) {
            String[] tk = c.split("\\.");
            if (tampakPribadi(tk[0], tk[1]) && !declared.contains(c)) {
                undeclared.add(c);
            }
        }
        assertThat(undeclared)
                .as("columns that look personal without a declaration (DeklarasiDataPribadi of their module)")
                .isEmpty();
        assertThat(declared).as("declarations of columns that do not exist").isSubsetOf(schema);
    }

    @Test
    void declarations_are_complete_and_consistent() {
        Set<String> pribadi = new HashSet<>();
        Set<String> bukan = new HashSet<>();
        for (DeklarasiDataPribadi d : inventaris.deklarasi()) {
            assertThat(messages.getMessage("privasi.modul." + d.modul(), null, null, Locale.forLanguageTag("id")))
                    .as("module name of " + d.modul())
                    .isNotNull();
            for (KolomPribadi k : d.kolom()) {
                assertThat(pribadi.add(k.nama()))
                        .as(k.nama() + " declared twice")
                        .isTrue();
                for (Locale l : List.of(Locale.forLanguageTag("id"), Locale.ENGLISH)) {
                    assertThat(messages.getMessage("privasi.tujuan." + k.tujuan(), null, null, l))
                            .as("purpose " + k.tujuan())
                            .isNotNull();
                    assertThat(messages.getMessage("privasi.retensi." + k.retensi(), null, null, l))
                            .as("retention rule " + k.retensi())
                            .isNotNull();
                }
                inventaris.retensi(k.retensi()); // a configured period, or it throws
            }
            d.bukanPribadi().forEach(b -> bukan.add(b.nama()));
        }
        assertThat(pribadi).as("columns declared both personal and not").doesNotContainAnyElementsOf(bukan);
        assertThat(pribadi)
                .contains("pengaduan.nama", "pengaduan.kontak", "musyawarah_hadir.disabilitas", "kader.telepon");
        assertThat(inventaris.daftar())
                .filteredOn(b -> b.kolom().nama().equals("musyawarah_hadir.disabilitas"))
                .singleElement()
                .satisfies(b -> assertThat(b.kolom().kategori()).isEqualTo(KategoriData.SPESIFIK));
    }

    /**
     * On PostgreSQL (the national database) every plain name column a subject request searches has
     * an index on {@code LOWER(column)}, the expression the search compares; encrypted names are
     * found by their fingerprint column, which must be indexed too.
     */
    @Test
    void every_column_a_subject_request_searches_is_indexed_on_postgresql() throws Exception {
        Map<String, List<String>> indexes = new HashMap<>();
        try (Connection c = dataSource.getConnection()) {
            Assumptions.assumeTrue(
                    c.getMetaData().getDatabaseProductName().equals("PostgreSQL"),
                    "expression indexes are PostgreSQL's; the embedded H2 searches its small tables");
            try (ResultSet rs = c.createStatement()
                    .executeQuery("SELECT tablename, indexdef FROM pg_indexes WHERE schemaname = current_schema()")) {
                while (rs.next()) {
                    indexes.computeIfAbsent(rs.getString(1), t -> new ArrayList<>())
                            .add(rs.getString(2).toLowerCase(Locale.ROOT));
                }
            }
        }
        List<String> missing = new ArrayList<>();
        for (DeklarasiDataPribadi d : inventaris.deklarasi()) {
            for (SumberSubjek s : d.sumberSubjek()) {
                List<String> defs = indexes.getOrDefault(s.tabel(), List.of());
                List<String> wanted = new ArrayList<>(s.tersandi().values());
                if (s.nama() != null && !s.tersandi().containsKey(s.nama())) {
                    wanted.add("lower((" + s.nama() + ")::text)");
                }
                for (String w : wanted) {
                    if (defs.stream().noneMatch(def -> def.contains("(" + w + ")"))) {
                        missing.add(s.tabel() + ": " + w);
                    }
                }
            }
        }
        assertThat(missing).as("search columns without an index").isEmpty();
    }

    @Test
    void the_admin_reads_the_record_of_processing() throws Exception {
        String page = halaman.html(get("/admin/privasi"), "admin");
        assertThat(page)
                .contains("pengaduan.kontak", "musyawarah_hadir.disabilitas", "2 tahun setelah pengaduan selesai")
                .contains("Spesifik");
        String en = halaman.html(get("/admin/privasi").param("bahasa", "en"), "admin");
        assertThat(en).contains("Record of personal data processing", "5 years after the meeting");
    }
}
