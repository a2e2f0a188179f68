package id.pandudesa.indeks.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.pandudesa.indeks.IdmCalculator;
import id.pandudesa.support.PanduIntegrationTest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The questionnaire of Bendet 2020 from the first answers to a final version and the desa's
 * result: the PLD fills it (live scores on the way), bad answers are refused with nothing stored,
 * the PD returns it once and approves it, and a later change is a new version.
 */
@PanduIntegrationTest
@Tag("db")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KuesionerIT {

    static final String DESA = "3517082003";
    static final int TAHUN = 2020;
    static final String FORM = "/indeks/kuesioner/" + DESA + "/" + TAHUN;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String username) {
        return request.with(user(users.loadUserByUsername(username))).with(csrf());
    }

    private String page(String username) throws Exception {
        return mvc.perform(as(get(FORM), username))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private MockHttpServletRequestBuilder form(String action, Map<String, String> answers) {
        MockHttpServletRequestBuilder request = post(FORM).param("aksi", action);
        answers.forEach(request::param);
        return request;
    }

    private long versions() {
        return jdbc.sql("SELECT COUNT(*) FROM indeks_kuesioner WHERE kode_desa = :d AND tahun = :t")
                .param("d", DESA)
                .param("t", TAHUN)
                .query(Long.class)
                .single();
    }

    private String statusOf(int nomor) {
        return jdbc.sql("SELECT status FROM indeks_kuesioner WHERE kode_desa = :d AND tahun = :t AND nomor = :n")
                .param("d", DESA)
                .param("t", TAHUN)
                .param("n", nomor)
                .query(String.class)
                .single();
    }

    private int lockVersion() {
        return jdbc.sql("SELECT versi FROM indeks_kuesioner WHERE kode_desa = :d AND tahun = :t"
                        + " ORDER BY nomor DESC FETCH FIRST 1 ROWS ONLY")
                .param("d", DESA)
                .param("t", TAHUN)
                .query(Integer.class)
                .single();
    }

    private static Map<String, String> half() {
        Map<String, String> some = new LinkedHashMap<>();
        IdmTestData.jawabanLengkap().entrySet().stream().limit(20).forEach(e -> some.put(e.getKey(), e.getValue()));
        some.put("waktu_sarkes", "30");
        return some;
    }

    @Test
    @Order(1)
    void an_empty_questionnaire_opens_for_the_pld_with_every_indicator() throws Exception {
        String html = page("pld.diwek1");
        assertThat(html).contains("Belum diisi").contains("0 dari 50 indikator sudah berskor");
        assertThat(html).contains("id=\"skor-s01\"").contains("id=\"skor-s50\"");
        assertThat(html).contains("Simpan draf");
        // The camat reads, never fills.
        assertThat(page("camat.diwek")).doesNotContain("Simpan draf");
    }

    @Test
    @Order(2)
    void each_answer_scores_its_indicator_at_once_and_nothing_is_stored() throws Exception {
        String html = mvc.perform(as(post(FORM + "/nilai").param("waktu_sarkes", "30"), "pld.diwek1"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("1 dari 50 indikator sudah berskor");
        assertThat(html).containsPattern("id=\"skor-s01\"[^>]*hx-swap-oob=\"true\"[^>]*>skor 5<");
        assertThat(versions()).isZero();
    }

    @Test
    @Order(3)
    void a_wrong_answer_is_refused_with_its_question_and_nothing_is_stored() throws Exception {
        Map<String, String> answers = half();
        answers.put("waktu_sarkes", "setengah jam");
        String html = mvc.perform(as(form("simpan", answers), "pld.diwek1"))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("Ada 1 jawaban yang belum benar.").contains("Harus berupa angka.");
        assertThat(html).contains("value=\"setengah jam\"");
        assertThat(versions()).isZero();
    }

    @Test
    @Order(4)
    void a_half_filled_draft_is_kept_and_cannot_be_submitted_yet() throws Exception {
        mvc.perform(as(form("simpan", half()), "pld.diwek1")).andExpect(status().is3xxRedirection());
        assertThat(statusOf(1)).isEqualTo("DRAF");
        String html = page("pld.diwek1");
        assertThat(html).contains("Draf").contains("value=\"30\"");
        String refused = mvc.perform(as(form("ajukan", half()), "pld.diwek1"))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("indikator yang belum berskor");
        assertThat(statusOf(1)).isEqualTo("DRAF");
    }

    @Test
    @Order(5)
    void a_save_over_someone_elses_newer_draft_is_refused() throws Exception {
        int seen = lockVersion();
        mvc.perform(as(form("simpan", half()).param("versi", String.valueOf(seen)), "pld.diwek1"))
                .andExpect(status().is3xxRedirection());
        Map<String, String> mine = half();
        mine.put("waktu_sarkes", "45");
        String html = mvc.perform(as(form("simpan", mine).param("versi", String.valueOf(seen)), "pld.diwek1"))
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("sudah diubah orang lain").contains("value=\"45\"");
        assertThat(jdbc.sql("SELECT jawaban FROM indeks_kuesioner WHERE kode_desa = :d AND tahun = :t")
                        .param("d", DESA)
                        .param("t", TAHUN)
                        .query(String.class)
                        .single())
                .contains("30");
    }

    @Test
    @Order(6)
    void the_submitter_cannot_approve_and_the_pd_returns_it_with_a_note() throws Exception {
        mvc.perform(as(form("ajukan", IdmTestData.jawabanLengkap()), "pld.diwek1"))
                .andExpect(status().is3xxRedirection());
        assertThat(statusOf(1)).isEqualTo("DIAJUKAN");
        assertThat(page("pld.diwek1")).doesNotContain("setujui-kuesioner");
        mvc.perform(as(post(FORM + "/tinjau").param("setujui", "true"), "pld.diwek1"))
                .andExpect(id.pandudesa.support.Halaman.ditolakDengan("kuesioner.langkah.tinjauSendiri"));
        assertThat(statusOf(1)).isEqualTo("DIAJUKAN");
        assertThat(page("pd.diwek")).contains("setujui-kuesioner");
        mvc.perform(as(post(FORM + "/tinjau").param("setujui", "false"), "pd.diwek"))
                .andExpect(id.pandudesa.support.Halaman.ditolakDengan("kuesioner.langkah.catatanWajib"));
        mvc.perform(as(post(FORM + "/tinjau").param("setujui", "false").param("catatan", "Cek jarak SMP"), "pd.diwek"))
                .andExpect(status().is3xxRedirection());
        assertThat(statusOf(1)).isEqualTo("DRAF");
        assertThat(page("pld.diwek1")).contains("Dikembalikan oleh pd.diwek: Cek jarak SMP");
    }

    @Test
    @Order(7)
    void approval_makes_it_final_and_gives_the_desa_its_result() throws Exception {
        long auditBefore = jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE jenis = 'indeks.HasilIndeks'")
                .query(Long.class)
                .single();
        mvc.perform(as(form("ajukan", IdmTestData.jawabanLengkap()), "pld.diwek1"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(as(post(FORM + "/tinjau").param("setujui", "true"), "pd.diwek"))
                .andExpect(status().is3xxRedirection());
        assertThat(statusOf(1)).isEqualTo("FINAL");
        Map<String, Object> row = jdbc.sql(
                        "SELECT sumber, idm, status FROM indeks_hasil WHERE kode_desa = :d AND tahun = :t")
                .param("d", DESA)
                .param("t", TAHUN)
                .query()
                .singleRow();
        assertThat(row.get("sumber")).isEqualTo("KUESIONER");
        Map<String, Object> raw = new LinkedHashMap<>();
        IdmTestData.jawabanLengkap()
                .forEach((k, v) -> raw.put(
                        k,
                        KuesionerIdm.nilaiJawaban(
                                new KatalogIndeks()
                                        .idm().pertanyaan().stream()
                                                .filter(q -> q.kode().equals(k))
                                                .findFirst()
                                                .orElseThrow(),
                                v)));
        var scores = new KatalogIndeks().idm().nilai(raw);
        int[] s = new KatalogIndeks()
                .idm().katalog().indikator().stream()
                        .mapToInt(i -> scores.get(i.kode()).skor())
                        .toArray();
        var expected = IdmCalculator.hitung(s);
        assertThat(((Number) row.get("idm")).doubleValue())
                .isEqualTo(expected.idm(), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(row.get("status")).isEqualTo(expected.status().name());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE jenis = 'indeks.HasilIndeks'")
                        .query(Long.class)
                        .single())
                .isEqualTo(auditBefore + 1);
        String desaPage = mvc.perform(as(get("/indeks/desa/" + DESA).param("tahun", "2020"), "camat.diwek"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(desaPage).contains(String.format(java.util.Locale.ROOT, "%.4f", expected.idm()));
    }

    @Test
    @Order(8)
    void a_final_questionnaire_changes_only_as_a_new_version_that_replaces_it() throws Exception {
        String refused = mvc.perform(as(form("simpan", IdmTestData.jawabanLengkap()), "pld.diwek1"))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("sudah final");
        assertThat(versions()).isEqualTo(1);
        Map<String, String> changed = IdmTestData.jawabanLengkap();
        changed.put("waktu_sarkes", "90");
        mvc.perform(as(form("versi-baru", changed), "pld.diwek1")).andExpect(status().is3xxRedirection());
        assertThat(statusOf(2)).isEqualTo("DRAF");
        assertThat(statusOf(1)).isEqualTo("FINAL");
        mvc.perform(as(form("ajukan", changed), "pld.diwek1")).andExpect(status().is3xxRedirection());
        mvc.perform(as(post(FORM + "/tinjau").param("setujui", "true"), "pd.diwek"))
                .andExpect(status().is3xxRedirection());
        assertThat(statusOf(2)).isEqualTo("FINAL");
        assertThat(statusOf(1)).isEqualTo("DIGANTI");
        assertThat(jdbc.sql("SELECT k.nomor FROM indeks_hasil h JOIN indeks_kuesioner k ON k.id = h.kuesioner_id"
                                + " WHERE h.kode_desa = :d AND h.tahun = :t")
                        .param("d", DESA)
                        .param("t", TAHUN)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    @Order(9)
    void the_what_if_on_answers_opens_every_field_and_stores_nothing() throws Exception {
        String html = mvc.perform(as(get(FORM).param("simulasi", "true"), "camat.diwek"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("id=\"mode-simulasi\"").doesNotContain("Simpan draf");
        assertThat(html).doesNotContain("<fieldset disabled");
        String stored = jdbc.sql(
                        "SELECT jawaban FROM indeks_kuesioner WHERE kode_desa = :d AND tahun = :t AND nomor = 2")
                .param("d", DESA)
                .param("t", TAHUN)
                .query(String.class)
                .single();
        Map<String, String> changed = IdmTestData.jawabanLengkap();
        changed.put("waktu_sarkes", "150");
        String result = mvc.perform(as(form("simulasi", changed), "camat.diwek"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(result).containsPattern("id=\"skor-s01\"[^>]*>skor 1<");
        assertThat(versions()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT jawaban FROM indeks_kuesioner WHERE kode_desa = :d AND tahun = :t AND nomor = 2")
                        .param("d", DESA)
                        .param("t", TAHUN)
                        .query(String.class)
                        .single())
                .isEqualTo(stored);
    }

    @Test
    @Order(10)
    void nobody_outside_the_desa_sees_or_fills_it() throws Exception {
        mvc.perform(as(get(FORM), "pld.gudo")).andExpect(status().isNotFound());
        mvc.perform(as(form("simpan", half()), "pld.gudo")).andExpect(status().isNotFound());
        mvc.perform(as(post(FORM + "/tinjau").param("setujui", "true"), "camat.diwek"))
                .andExpect(status().isForbidden());
    }
}
