package id.pandudesa.indeks.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.pandudesa.support.Halaman;
import id.pandudesa.support.PanduIntegrationTest;
import java.math.BigDecimal;
import java.time.Year;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * This year's Indeks Desa questionnaire of Jatirejo (3517082006, Kecamatan Diwek) from the first
 * answer to the desa's result: each item offers only the scores it allows, each in words; a score
 * it does not allow is refused with its item and nothing stored; the running figures follow the
 * answers; the PLD submits, the PD approves, and the result is the catalogue's own computation.
 */
@PanduIntegrationTest
@Tag("db")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KuesionerIndeksDesaIT {

    static final String DESA = "3517082006";
    static final int TAHUN = Year.now(ZoneId.of("Asia/Jakarta")).getValue();
    static final String FORM = "/indeks/kuesioner/" + DESA + "/" + TAHUN;
    static final KatalogIndeksDesa K = new KatalogIndeks().indeksDesa().katalog();

    @Autowired
    Halaman halaman;

    @Autowired
    JdbcClient jdbc;

    private MockHttpServletRequestBuilder form(String action, Map<String, String> answers) {
        MockHttpServletRequestBuilder request = post(FORM).param("aksi", action);
        answers.forEach(request::param);
        return request;
    }

    /** Every item answered: its lowest allowed score for the first 30 items, its highest for the rest. */
    private static Map<String, String> lengkap() {
        Map<String, String> all = new LinkedHashMap<>();
        for (KatalogIndeksDesa.Butir b : K.butir()) {
            all.put(
                    "b" + b.no(),
                    String.valueOf(
                            b.no() <= 30 ? b.skorSah().getFirst() : b.skorSah().getLast()));
        }
        return all;
    }

    private static int[] skor(Map<String, String> answers) {
        return K.butir().stream()
                .mapToInt(b -> Integer.parseInt(answers.get("b" + b.no())))
                .toArray();
    }

    private long versions() {
        return jdbc.sql("SELECT COUNT(*) FROM indeks_kuesioner WHERE kode_desa = :d AND tahun = :t")
                .param("d", DESA)
                .param("t", TAHUN)
                .query(Long.class)
                .single();
    }

    private String stored() {
        return jdbc.sql("SELECT jawaban FROM indeks_kuesioner WHERE kode_desa = :d AND tahun = :t"
                        + " ORDER BY nomor DESC FETCH FIRST 1 ROWS ONLY")
                .param("d", DESA)
                .param("t", TAHUN)
                .query(String.class)
                .single();
    }

    private static String radios(String html, int item) {
        Matcher m = Pattern.compile("<fieldset[^>]*id=\"butir-" + item + "\".*?</fieldset>", Pattern.DOTALL)
                .matcher(html);
        assertThat(m.find()).as("item " + item + " on the page").isTrue();
        return m.group();
    }

    @Test
    @Order(1)
    void each_item_offers_only_its_allowed_scores_each_in_words() throws Exception {
        String html = halaman.html(get(FORM), "pld.diwek2");
        assertThat(html)
                .contains("Kuesioner Indeks Desa")
                .contains("Belum diisi")
                .contains("0 dari 127 butir dijawab");
        assertThat(html).contains("id=\"kuesioner-indeks-desa\"").contains("data-lapangan=\"kuesioner\"");
        for (KatalogIndeksDesa.Butir b : K.butir()) {
            String item = radios(html, b.no());
            assertThat(Pattern.compile("type=\"radio\"").matcher(item).results().count())
                    .as("item " + b.no() + " scores")
                    .isEqualTo(b.skorSah().size());
            for (int s : b.skorSah()) {
                assertThat(item).contains("value=\"" + s + "\"");
            }
        }
        // Item 11 may be 1 or 5: no 2, 3 or 4 to choose; 1 is explained by its recommendation.
        String item11 = radios(html, 11);
        assertThat(item11).doesNotContain("value=\"3\"");
        assertThat(item11).contains(K.butir().get(10).arti(1).orElseThrow());
        assertThat(item11).contains("keadaan terbaik, tidak perlu tindakan");
        // Nothing yet answered: each item at its lowest, 127 points of 635.
        assertThat(html).contains("id=\"skor-sementara\">20.00<").contains("Sementara:");
        assertThat(halaman.html(get(FORM), "camat.diwek")).doesNotContain("Simpan draf");
    }

    @Test
    @Order(2)
    void a_score_the_item_does_not_allow_is_refused_with_the_item_and_nothing_is_stored() throws Exception {
        Map<String, String> answers = new LinkedHashMap<>(Map.of("b1", "5", "b11", "3", "b2", "lima"));
        String html = halaman.kirim(form("simpan", answers), "pld.diwek2")
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("Ada 2 jawaban yang belum benar.");
        assertThat(html)
                .contains("Pilih salah satu skor yang tersedia untuk butir 11. "
                        + K.butir().get(10).judul());
        assertThat(versions()).isZero();
    }

    @Test
    @Order(3)
    void the_running_figures_follow_the_answers_without_storing_them() throws Exception {
        Map<String, String> answers = new LinkedHashMap<>();
        K.butir().stream().limit(10).forEach(b -> answers.put("b" + b.no(), "5"));
        String html = halaman.kirim(post(FORM + "/nilai").params(toParams(answers)), "pld.diwek2")
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        int[] s = K.butir().stream()
                .mapToInt(b -> b.no() <= 10 ? 5 : b.skorSah().getFirst())
                .toArray();
        HasilIndeksDesa expected = new KatalogIndeks().indeksDesa().hitung(s);
        assertThat(html).contains("10 dari 127 butir dijawab");
        assertThat(html).contains("id=\"skor-sementara\">" + expected.skor() + "<");
        assertThat(html)
                .contains("id=\"dimensi-LAYANAN_DASAR\">" + expected.dimensi().get("LAYANAN_DASAR") + "<");
        assertThat(versions()).isZero();
    }

    private static org.springframework.util.MultiValueMap<String, String> toParams(Map<String, String> m) {
        org.springframework.util.LinkedMultiValueMap<String, String> out =
                new org.springframework.util.LinkedMultiValueMap<>();
        m.forEach(out::add);
        return out;
    }

    @Test
    @Order(4)
    void a_half_filled_draft_is_kept_and_cannot_be_submitted_yet() throws Exception {
        Map<String, String> half = new LinkedHashMap<>();
        lengkap().entrySet().stream().limit(60).forEach(e -> half.put(e.getKey(), e.getValue()));
        halaman.kirim(form("simpan", half), "pld.diwek2").andExpect(status().is3xxRedirection());
        assertThat(stored()).contains("\"b60\"").doesNotContain("\"b61\"");
        String html = halaman.html(get(FORM), "pld.diwek2");
        assertThat(html).contains("60 dari 127 butir dijawab");
        assertThat(radios(html, 1)).contains("checked");
        String refused = halaman.kirim(form("ajukan", half), "pld.diwek2")
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("Masih ada 67 butir yang belum dijawab");
    }

    @Test
    @Order(5)
    void the_pd_approves_and_the_desa_gets_the_catalogues_own_result() throws Exception {
        long auditBefore = jdbc.sql(
                        "SELECT COUNT(*) FROM audit_log WHERE jenis = 'indeks.IndeksDesa' AND kode_desa = :d")
                .param("d", DESA)
                .query(Long.class)
                .single();
        halaman.kirim(form("ajukan", lengkap()), "pld.diwek2").andExpect(status().is3xxRedirection());
        halaman.kirim(post(FORM + "/tinjau").param("setujui", "true"), "pld.diwek2")
                .andExpect(Halaman.ditolakDengan("kuesioner.langkah.tinjauSendiri"));
        halaman.kirim(post(FORM + "/tinjau").param("setujui", "true"), "pd.diwek")
                .andExpect(status().is3xxRedirection());
        HasilIndeksDesa expected = new KatalogIndeks().indeksDesa().hitung(skor(lengkap()));
        Map<String, Object> row = jdbc.sql("SELECT sumber, skor, status, butir, dimensi, kuesioner_id"
                        + " FROM indeks_skor WHERE indeks = 'INDEKS_DESA' AND kode_desa = :d AND tahun = :t")
                .param("d", DESA)
                .param("t", TAHUN)
                .query()
                .singleRow();
        assertThat(row.get("sumber")).isEqualTo("KUESIONER");
        assertThat((BigDecimal) row.get("skor")).isEqualByComparingTo(expected.skor());
        assertThat(row.get("status")).isEqualTo(expected.status());
        assertThat(row.get("dimensi").toString())
                .startsWith(expected.dimensi().get("LAYANAN_DASAR").toPlainString() + ";");
        assertThat(row.get("butir")).isEqualTo(PenyimpananSkor.tulisButir(skor(lengkap())));
        assertThat(row.get("kuesioner_id")).isNotNull();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE jenis = 'indeks.IndeksDesa' AND kode_desa = :d")
                        .param("d", DESA)
                        .query(Long.class)
                        .single())
                .isEqualTo(auditBefore + 1);
        String page = halaman.html(
                get("/indeks/desa/" + DESA + "/indeks-desa").param("tahun", String.valueOf(TAHUN)), "camat.diwek");
        assertThat(page).contains("id=\"skor-indeks-desa\">" + expected.skor() + "<");
        assertThat(page).contains("Dihitung dari kuesioner yang sudah ditinjau.");
    }

    @Test
    @Order(6)
    void a_final_questionnaire_changes_only_as_a_new_version_of_the_same_index() throws Exception {
        Map<String, String> changed = lengkap();
        changed.put("b1", "5");
        halaman.kirim(form("simpan", changed), "pld.diwek2").andExpect(status().isUnprocessableContent());
        halaman.kirim(form("versi-baru", changed), "pld.diwek2").andExpect(status().is3xxRedirection());
        assertThat(versions()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT DISTINCT katalog FROM indeks_kuesioner WHERE kode_desa = :d AND tahun = :t")
                        .param("d", DESA)
                        .param("t", TAHUN)
                        .query(String.class)
                        .list())
                .containsExactly("INDEKS_DESA-2024");
    }

    @Test
    @Order(7)
    void nobody_outside_the_desa_sees_or_fills_it() throws Exception {
        halaman.kirim(get(FORM), "pld.gudo").andExpect(status().isNotFound());
        halaman.kirim(form("simpan", Map.of("b1", "5")), "pld.gudo").andExpect(status().isNotFound());
        halaman.kirim(form("simpan", Map.of("b1", "5")), "camat.diwek").andExpect(status().isForbidden());
    }
}
