package id.pandudesa.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import id.pandudesa.support.PanduIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint the application maps, called by every role (and by a citizen without login),
 * inside and outside the caller's region scope. A new endpoint without a row here fails {@link
 * #every_mapped_endpoint_is_in_the_matrix}.
 */
@PanduIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIT {

    /** The callers: a citizen and one demo user per role, all around Kecamatan Diwek. */
    enum Actor {
        WARGA(null),
        KPMD("kpmd.cukir"),
        PEMDES("pemdes.cukir"),
        PLD("pld.diwek1"),
        MITRA("mitra.diwek"),
        PD("pd.diwek"),
        CAMAT("camat.diwek"),
        TA("ta.jombang"),
        ADMIN("admin.jatim");

        final String username;

        Actor(String username) {
            this.username = username;
        }
    }

    static final int LOGIN = 302;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** One endpoint call with the status each actor must get. */
    record Row(String method, String pattern, String path, String body, boolean page, Map<Actor, Integer> expected) {

        Row expect(int status, Actor... actors) {
            Map<Actor, Integer> copy = new EnumMap<>(expected);
            for (Actor a : actors) {
                copy.put(a, status);
            }
            return new Row(method, pattern, path, body, page, copy);
        }

        Row others(int status) {
            Map<Actor, Integer> copy = new EnumMap<>(expected);
            for (Actor a : Actor.values()) {
                copy.putIfAbsent(a, status);
            }
            return new Row(method, pattern, path, body, page, copy);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static Row api(String method, String pattern, String path) {
        return new Row(method, pattern, path, null, false, new EnumMap<>(Actor.class));
    }

    static Row page(String method, String pattern, String path) {
        return new Row(method, pattern, path, null, true, new EnumMap<>(Actor.class));
    }

    static Row withBody(Row row, String body) {
        return new Row(row.method, row.pattern, row.path, body, row.page, row.expected);
    }

    static final Actor[] NON_ADMIN = {Actor.KPMD, Actor.PEMDES, Actor.PLD, Actor.MITRA, Actor.PD, Actor.CAMAT, Actor.TA
    };

    long entryId;
    long photoId;
    long planId;
    long meetingId;
    long rkpdesKegiatanId;
    String proyek;
    String idmCsv;
    String kodeLacak;
    long kasusId;

    /** A log entry by pld.diwek1 in Kayangan (3517082001), without follow-up, with one photo. */
    @org.junit.jupiter.api.BeforeAll
    void oneLogEntryWithAPhoto() throws Exception {
        String json = "{\"tanggal\":\"" + java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta"))
                + "\",\"kodeDesa\":\"3517082001\",\"metode\":\"ASISTENSI\",\"ruangLingkup\":\"PEMBANGUNAN_DESA\","
                + "\"uraian\":\"Entri matriks\"}";
        String location = mvc.perform(MockMvcRequestBuilders.post("/api/v1/pendampingan/kegiatan")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json)
                        .with(httpBasic("pld.diwek1", "pandu-demo")))
                .andReturn()
                .getResponse()
                .getHeader("Location");
        entryId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(MockMvcRequestBuilders.multipart(location + "/foto")
                        .file(new org.springframework.mock.web.MockMultipartFile(
                                "foto", "a.jpg", "image/jpeg", id.pandudesa.support.TestImages.jpeg(64, 48)))
                        .with(httpBasic("pld.diwek1", "pandu-demo")))
                .andReturn();
        String plan = "{\"bulan\":\"" + java.time.YearMonth.now(java.time.ZoneId.of("Asia/Jakarta"))
                + "\",\"kodeDesa\":\"3517082007\",\"minggu\":5,\"metode\":\"ASISTENSI\","
                + "\"ruangLingkup\":\"PEMBANGUNAN_DESA\",\"uraian\":\"Rencana milik PLD lain\"}";
        mvc.perform(MockMvcRequestBuilders.post("/api/v1/pendampingan/rencana")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(plan)
                        .with(httpBasic("pld.diwek2", "pandu-demo")))
                .andReturn();
        planId = jdbc.sql("SELECT MAX(id) FROM rencana_kerja WHERE penulis = 'pld.diwek2'")
                .query(Long.class)
                .single();
        idmCsv = "kode_desa,tahun," + String.join(",", id.pandudesa.indeks.internal.IdmTestData.kolom()) + "\n"
                + id.pandudesa.indeks.internal.IdmTestData.baris("3517082001", 2021, 3) + "\n";
        mvc.perform(MockMvcRequestBuilders.post("/api/v1/idm/impor")
                        .contentType("text/csv")
                        .content(idmCsv)
                        .with(httpBasic("admin.jatim", "pandu-demo")))
                .andReturn();
        String meeting = mvc.perform(MockMvcRequestBuilders.post("/musyawarah")
                        .param("kodeDesa", "3517082007")
                        .param("jenis", "MUSDUS")
                        .param("judul", "Musdus matriks")
                        .param(
                                "tanggal",
                                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta"))
                                        .toString())
                        .param("tempat", "Balai Dusun")
                        .param("penyelenggara", "KPMD Cukir")
                        .param("unsurWajib", "KELOMPOK_PEREMPUAN")
                        .param("agenda", "Usulan dusun")
                        .with(user(users.loadUserByUsername("kpmd.cukir")))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        meetingId = Long.parseLong(meeting.substring(meeting.lastIndexOf('/') + 1));
        mvc.perform(MockMvcRequestBuilders.post("/perencanaan/rkpdes/3517082007/2022/kegiatan")
                        .param("kodeKegiatan", "2.3.10")
                        .param("nama", "Pengerasan jalan matriks")
                        .param("lokasi", "Dusun Cukir")
                        .param("volume", "100")
                        .param("satuan", "m")
                        .param("sasaran", "Warga")
                        .param("waktu", "Juli")
                        .param("biaya", "1000000")
                        .param("sumberDana", "DDS")
                        .param("pelaksana", "TPK")
                        .with(user(users.loadUserByUsername("kpmd.cukir")))
                        .with(csrf()))
                .andReturn();
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta"));
        proyek = mvc.perform(MockMvcRequestBuilders.post("/pelaksanaan/3517082007/" + today.getYear())
                        .param("kegiatan", "Jalan usaha tani Dusun Kwaron 600 m")
                        .param("tpk", "Ketua TPK")
                        .param("mulai", today.minusDays(10).toString())
                        .param("selesai", today.plusDays(50).toString())
                        .param("lokasi", "Dusun Kwaron")
                        .param("volume", "600")
                        .param("satuan", "m")
                        .with(user(users.loadUserByUsername("kpmd.cukir")))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        rkpdesKegiatanId = jdbc.sql("SELECT MAX(id) FROM rkpdes_kegiatan WHERE kode_desa = '3517082007'")
                .query(Long.class)
                .single();
        String filed = mvc.perform(MockMvcRequestBuilders.post("/api/v1/pengaduan")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kodeDesa\":\"3517082007\",\"kategori\":\"PELAYANAN\","
                                + "\"uraian\":\"Pengaduan matriks tentang pelayanan kantor desa\","
                                + "\"nama\":\"Rahasia Matriks\",\"kontak\":\"081200000001\"}")
                        .with(r -> {
                            r.setRemoteAddr("10.9.9.1");
                            return r;
                        }))
                .andReturn()
                .getResponse()
                .getContentAsString();
        kodeLacak = filed.replaceAll(".*\"kodeLacak\":\"([^\"]+)\".*", "$1");
        kasusId = jdbc.sql("SELECT id FROM pengaduan WHERE kode_lacak = :k")
                .param("k", kodeLacak)
                .query(Long.class)
                .single();
        photoId = jdbc.sql("SELECT MIN(berkas_id) FROM kegiatan_pendampingan_foto WHERE kegiatan_id = :id")
                .param("id", entryId)
                .query(Long.class)
                .single();
    }

    List<Row> rows() {
        long inScopeUser = idOf("pld.diwek1");
        long outOfScopeUser = idOf("admin");
        long otherToken = jdbc.sql("SELECT COALESCE(MAX(id), 0) + 1000 FROM token_api")
                .query(Long.class)
                .single();
        String inScope = "{\"username\":\"matrix.%s\",\"nama\":\"Uji Matriks\",\"peran\":\"PLD\","
                + "\"lingkup\":[\"3517082012\"],\"password\":\"matriks-123\"}";
        String outOfScope = "{\"username\":\"matrix.luar\",\"nama\":\"Uji\",\"peran\":\"PLD\","
                + "\"lingkup\":[\"3201022001\"],\"password\":\"matriks-123\"}";
        List<Row> rows = new ArrayList<>();
        // Region reference data: every logged-in role reads it; citizens get 401.
        rows.add(api("GET", "/api/v1/wilayah/ringkasan", "/api/v1/wilayah/ringkasan")
                .expect(401, Actor.WARGA)
                .others(200));
        rows.add(api("GET", "/api/v1/wilayah/{kode}", "/api/v1/wilayah/3201022001")
                .expect(401, Actor.WARGA)
                .others(200));
        rows.add(api("GET", "/api/v1/wilayah/{kode}/anak", "/api/v1/wilayah/351708/anak")
                .expect(401, Actor.WARGA)
                .others(200));
        rows.add(api("GET", "/api/v1/wilayah", "/api/v1/wilayah?cari=diwek")
                .expect(401, Actor.WARGA)
                .others(200));
        rows.add(api("GET", "/api/v1/saya", "/api/v1/saya")
                .expect(401, Actor.WARGA)
                .others(200));
        // Users: ADMIN only, and only inside the admin's own scope.
        rows.add(withBody(api("POST", "/api/v1/pengguna", "/api/v1/pengguna"), inScope)
                .expect(401, Actor.WARGA)
                .expect(201, Actor.ADMIN)
                .others(403));
        rows.add(withBody(api("POST", "/api/v1/pengguna", "/api/v1/pengguna"), outOfScope)
                .expect(401, Actor.WARGA)
                .others(403));
        rows.add(api("GET", "/api/v1/pengguna", "/api/v1/pengguna")
                .expect(401, Actor.WARGA)
                .expect(200, Actor.ADMIN)
                .others(403));
        rows.add(api("GET", "/api/v1/pengguna/{username}", "/api/v1/pengguna/pld.diwek1")
                .expect(401, Actor.WARGA)
                .expect(200, Actor.ADMIN)
                .others(403));
        rows.add(api("GET", "/api/v1/pengguna/{username}", "/api/v1/pengguna/admin")
                .expect(401, Actor.WARGA)
                .expect(404, Actor.ADMIN)
                .others(403));
        // Pages.
        rows.add(page("GET", "/", "/").expect(LOGIN, Actor.WARGA).others(200));
        rows.add(page("GET", "/masuk", "/masuk").expect(200, Actor.WARGA).others(302));
        // The page for a form whose body could not be read (reached by forward, public as citizens send forms);
        // opened directly it says 400.
        rows.add(page("GET", "/galat/kiriman", "/galat/kiriman").others(400));
        rows.add(page("GET", "/wilayah", "/wilayah").expect(LOGIN, Actor.WARGA).others(200));
        rows.add(page("GET", "/wilayah/pilih", "/wilayah/pilih?cari=cuk")
                .expect(LOGIN, Actor.WARGA)
                .others(200));
        rows.add(page("GET", "/wilayah/{kode}", "/wilayah/3517")
                .expect(LOGIN, Actor.WARGA)
                .others(200));
        rows.add(page("GET", "/wilayah/{kode}", "/wilayah/3517082001")
                .expect(LOGIN, Actor.WARGA)
                .others(200));
        rows.add(page("GET", "/admin/pengguna", "/admin/pengguna")
                .expect(LOGIN, Actor.WARGA)
                .expect(200, Actor.ADMIN)
                .others(403));
        // The register of village regulations (demo: Cukir's promulgated APB Desa regulation and a Perkades draft).
        long perdes = jdbc.sql(
                        "SELECT MIN(id) FROM produk_hukum WHERE kode_desa = '3517082007' AND status = 'DIUNDANGKAN'")
                .query(Long.class)
                .single();
        long draft = jdbc.sql(
                        "SELECT MIN(id) FROM produk_hukum WHERE kode_desa = '3517082007' AND status = 'RANCANGAN'")
                .query(Long.class)
                .single();
        long perdesText = jdbc.sql("SELECT MIN(berkas_id) FROM produk_hukum_teks WHERE produk_hukum_id = :id")
                .param("id", perdes)
                .query(Long.class)
                .single();
        rows.add(page("GET", "/regulasi/{kode}", "/regulasi/3517082007")
                .expect(LOGIN, Actor.WARGA)
                .expect(404, Actor.PLD)
                .others(200));
        rows.add(page("POST", "/regulasi/{kode}", "/regulasi/3517082007")
                .expect(LOGIN, Actor.WARGA)
                .expect(404, Actor.PLD)
                .expect(422, Actor.PEMDES, Actor.ADMIN)
                .others(403));
        rows.add(page("GET", "/regulasi/produk/{id}", "/regulasi/produk/" + perdes)
                .expect(LOGIN, Actor.WARGA)
                .expect(404, Actor.PLD)
                .others(200));
        rows.add(page(
                        "GET",
                        "/regulasi/produk/{id}/teks/{berkasId}",
                        "/regulasi/produk/" + perdes + "/teks/" + perdesText)
                .expect(LOGIN, Actor.WARGA)
                .expect(404, Actor.PLD)
                .others(200));
        rows.add(page("POST", "/regulasi/produk/{id}/langkah/{aksi}", "/regulasi/produk/" + draft + "/langkah/sepakati")
                .expect(LOGIN, Actor.WARGA)
                .expect(404, Actor.PLD)
                .expect(422, Actor.PEMDES, Actor.ADMIN)
                .others(403));
        rows.add(page("POST", "/regulasi/produk/{id}/teks", "/regulasi/produk/" + perdes + "/teks")
                .expect(LOGIN, Actor.WARGA)
                .expect(404, Actor.PLD)
                .expect(422, Actor.PEMDES, Actor.ADMIN)
                .others(403));
        rows.add(page("POST", "/regulasi/produk/{id}/komentar", "/regulasi/produk/" + perdes + "/komentar?isi=Catatan")
                .expect(LOGIN, Actor.WARGA)
                .expect(404, Actor.PLD)
                .expect(422, Actor.KPMD, Actor.MITRA, Actor.PD, Actor.CAMAT, Actor.TA)
                .others(403));
        for (String suffix : new String[] {".pdf", ".xlsx"}) {
            rows.add(page(
                            "GET",
                            "/regulasi/{kode}/buku-{jenis}" + suffix,
                            "/regulasi/3517082007/buku-peraturan" + suffix)
                    .expect(LOGIN, Actor.WARGA)
                    .expect(404, Actor.PLD)
                    .others(200));
        }
        rows.add(page("GET", "/regulasi/{kode}/buku", "/regulasi/3517082007/buku")
                .expect(LOGIN, Actor.WARGA)
                .expect(404, Actor.PLD)
                .others(200));
        // Citing a draft as a legal basis is refused (back to the APBDes with the reason; nothing stored).
        rows.add(page(
                        "POST",
                        "/regulasi/dasar-hukum",
                        "/regulasi/dasar-hukum?pokok=APBDES&kodeDesa=3517082007&pokokId=2026&produkHukumId=" + draft)
                .expect(LOGIN, Actor.WARGA)
                .expect(404, Actor.PLD)
                .expect(302, Actor.PEMDES, Actor.ADMIN)
                .others(403));
        rows.add(page("GET", "/desa/{kode}/regulasi/{id}", "/desa/3517082007/regulasi/" + perdes)
                .others(200));
        rows.add(api("GET", "/api/v1/regulasi/{kodeDesa}", "/api/v1/regulasi/3517082007")
                .expect(401, Actor.WARGA)
                .expect(404, Actor.PLD)
                .others(200));
        rows.add(api("GET", "/api/v1/regulasi/produk/{id}", "/api/v1/regulasi/produk/" + perdes)
                .expect(401, Actor.WARGA)
                .expect(404, Actor.PLD)
                .others(200));
        rows.add(page("GET", "/admin/sebutan", "/admin/sebutan")
                .expect(LOGIN, Actor.WARGA)
                .expect(200, Actor.ADMIN)
                .others(403));
        rows.add(page("GET", "/admin/privasi", "/admin/privasi")
                .expect(LOGIN, Actor.WARGA)
                .expect(200, Actor.ADMIN)
                .others(403));
        rows.add(page("GET", "/admin/privasi/akses", "/admin/privasi/akses")
                .expect(LOGIN, Actor.WARGA)
                .expect(200, Actor.ADMIN)
                .others(403));
        rows.add(page("GET", "/admin/privasi/subjek", "/admin/privasi/subjek")
                .expect(LOGIN, Actor.WARGA)
                .expect(200, Actor.ADMIN)
                .others(403));
        rows.add(page("POST", "/admin/privasi/subjek", "/admin/privasi/subjek?jenis=AKSES")
                .expect(LOGIN, Actor.WARGA)
                .expect(422, Actor.ADMIN)
                .others(403));
        for (String sub : new String[] {"", ".json", ".pdf"}) {
            rows.add(page("GET", "/admin/privasi/subjek/{id}" + sub, "/admin/privasi/subjek/987654321" + sub)
                    .expect(LOGIN, Actor.WARGA)
                    .expect(404, Actor.ADMIN)
                    .others(403));
        }
        for (String aksi : new String[] {"anonimkan", "koreksi", "tutup"}) {
            rows.add(page("POST", "/admin/privasi/subjek/{id}/" + aksi, "/admin/privasi/subjek/987654321/" + aksi)
                    .expect(LOGIN, Actor.WARGA)
                    .expect(404, Actor.ADMIN)
                    .others(403));
        }
        rows.add(page("POST", "/admin/sebutan", "/admin/sebutan?kode=11&desa=Gampong")
                .expect(LOGIN, Actor.WARGA)
                .expect(404, Actor.ADMIN)
                .others(403));
        rows.add(page("GET", "/admin/pengguna/baru", "/admin/pengguna/baru")
                .expect(LOGIN, Actor.WARGA)
                .expect(200, Actor.ADMIN)
                .others(403));
        rows.add(page("POST", "/admin/pengguna", "/admin/pengguna")
                .expect(LOGIN, Actor.WARGA)
                .expect(422, Actor.ADMIN)
                .others(403));
        rows.add(page("GET", "/admin/pengguna/{id}", "/admin/pengguna/" + inScopeUser)
                .expect(LOGIN, Actor.WARGA)
                .expect(200, Actor.ADMIN)
                .others(403));
        rows.add(page("GET", "/admin/pengguna/{id}", "/admin/pengguna/" + outOfScopeUser)
                .expect(LOGIN, Actor.WARGA)
                .expect(404, Actor.ADMIN)
                .others(403));
        rows.add(page("POST", "/admin/pengguna/{id}", "/admin/pengguna/" + outOfScopeUser)
                .expect(LOGIN, Actor.WARGA)
                .expect(404, Actor.ADMIN)
                .others(403));
        rows.add(page(
                        "POST",
                        "/admin/pengguna/{id}/password",
                        "/admin/pengguna/" + outOfScopeUser + "/password?versi=0&passwordBaru=abcdefgh1")
                .expect(LOGIN, Actor.WARGA)
                .expect(404, Actor.ADMIN)
                .others(403));
        rows.add(page(
                        "POST",
                        "/admin/pengguna/{id}/aktif",
                        "/admin/pengguna/" + outOfScopeUser + "/aktif?versi=0&aktif=false")
                .expect(LOGIN, Actor.WARGA)
                .expect(404, Actor.ADMIN)
                .others(403));
        // Assignments: admins covering the person; a MITRA's needs an organisation and an end (422 here).
        rows.add(page(
                        "POST",
                        "/admin/pengguna/{id}/penugasan",
                        "/admin/pengguna/" + inScopeUser + "/penugasan?nomorSk=SK&mulai=2026-01-01")
                .expect(LOGIN, Actor.WARGA)
                .expect(422, Actor.ADMIN)
                .others(403));
        rows.add(page(
                        "POST",
                        "/admin/pengguna/{id}/penugasan/{penugasan}/akhiri",
                        "/admin/pengguna/" + outOfScopeUser + "/penugasan/1/akhiri?selesai=2026-01-01")
                .expect(LOGIN, Actor.WARGA)
                .expect(404, Actor.ADMIN)
                .others(403));
        rows.add(api("GET", "/api/v1/pengguna/{username}/penugasan", "/api/v1/pengguna/mitra.diwek/penugasan")
                .expect(401, Actor.WARGA)
                .expect(200, Actor.ADMIN)
                .others(403));
        rows.add(withBody(
                        api("POST", "/api/v1/pengguna/{username}/penugasan", "/api/v1/pengguna/mitra.diwek/penugasan"),
                        "{\"nomorSk\":\"SK\",\"mulai\":\"2026-01-01\",\"wilayah\":[\"3517082007\"]}")
                .expect(401, Actor.WARGA)
                .expect(422, Actor.ADMIN)
                .others(403));
        rows.add(withBody(
                        api(
                                "POST",
                                "/api/v1/pengguna/{username}/penugasan/{id}/akhiri",
                                "/api/v1/pengguna/mitra.diwek/penugasan/999999/akhiri"),
                        "{\"selesai\":\"2026-01-01\"}")
                .expect(401, Actor.WARGA)
                .expect(404, Actor.ADMIN)
                .others(403));
        rows.add(page("GET", "/akun", "/akun").expect(LOGIN, Actor.WARGA).others(200));
        rows.add(page("GET", "/akun/password", "/akun/password")
                .expect(LOGIN, Actor.WARGA)
                .others(200));
        rows.add(page("POST", "/akun/password", "/akun/password?passwordLama=salah&passwordBaru=x&ulangiPassword=y")
                .expect(LOGIN, Actor.WARGA)
                .others(422));
        rows.add(page("GET", "/akun/token", "/akun/token")
                .expect(LOGIN, Actor.WARGA)
                .others(200));
        rows.add(page("POST", "/akun/token", "/akun/token?nama=matriks")
                .expect(LOGIN, Actor.WARGA)
                .others(200));
        rows.add(page("POST", "/akun/token/{id}/cabut", "/akun/token/" + otherToken + "/cabut")
                .expect(LOGIN, Actor.WARGA)
                .others(302));
        // Facilitation log: authors are KPMD, PLD, MITRA, PD, TA; records outside the scope are 404.
        String kegiatan = "{\"tanggal\":\"" + java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta"))
                + "\",\"kodeDesa\":\"3517082001\",\"metode\":\"ASISTENSI\",\"ruangLingkup\":\"PEMBANGUNAN_DESA\","
                + "\"uraian\":\"Uji matriks\",\"pesertaLaki\":1,\"pesertaPerempuan\":1}";
        rows.add(withBody(api("POST", "/api/v1/pendampingan/kegiatan", "/api/v1/pendampingan/kegiatan"), kegiatan)
                .expect(401, Actor.WARGA)
                .expect(201, Actor.PLD, Actor.PD, Actor.TA)
                .expect(404, Actor.KPMD, Actor.MITRA)
                .others(403));
        rows.add(api("GET", "/api/v1/pendampingan/kegiatan", "/api/v1/pendampingan/kegiatan")
                .expect(401, Actor.WARGA)
                .others(200));
        rows.add(api("GET", "/api/v1/pendampingan/kegiatan/{id}", "/api/v1/pendampingan/kegiatan/" + entryId)
                .expect(401, Actor.WARGA)
                .expect(404, Actor.KPMD, Actor.PEMDES, Actor.MITRA)
                .others(200));
        rows.add(withBody(
                        api(
                                "POST",
                                "/api/v1/pendampingan/kegiatan/{id}/foto",
                                "/api/v1/pendampingan/kegiatan/" + entryId + "/foto"),
                        "MULTIPART")
                .expect(401, Actor.WARGA)
                .expect(201, Actor.PLD)
                .expect(404, Actor.KPMD, Actor.MITRA)
                .others(403));
        rows.add(page("GET", "/pendampingan", "/pendampingan")
                .expect(LOGIN, Actor.WARGA)
                .others(200));
        rows.add(page("GET", "/pendampingan/catat", "/pendampingan/catat")
                .expect(LOGIN, Actor.WARGA)
                .expect(403, Actor.PEMDES, Actor.CAMAT, Actor.ADMIN)
                .others(200));
        // An empty form: writers get it back with its messages as 422.
        rows.add(page("POST", "/pendampingan/catat", "/pendampingan/catat")
                .expect(LOGIN, Actor.WARGA)
                .expect(403, Actor.PEMDES, Actor.CAMAT, Actor.ADMIN)
                .others(422));
        rows.add(page("GET", "/pendampingan/kegiatan/{id}", "/pendampingan/kegiatan/" + entryId)
                .expect(LOGIN, Actor.WARGA)
                .expect(404, Actor.KPMD, Actor.PEMDES, Actor.MITRA)
                .others(200));
        rows.add(page("GET", "/pendampingan/kegiatan/{id}/ubah", "/pendampingan/kegiatan/" + entryId + "/ubah")
                .expect(LOGIN, Actor.WARGA)
                .expect(404, Actor.KPMD, Actor.PEMDES, Actor.MITRA)
                .expect(200, Actor.PLD)
                .others(403));
        rows.add(page("POST", "/pendampingan/kegiatan/{id}/ubah", "/pendampingan/kegiatan/" + entryId + "/ubah")
                .expect(LOGIN, Actor.WARGA)
                .expect(404, Actor.KPMD, Actor.PEMDES, Actor.MITRA)
                .expect(422, Actor.PLD)
                .others(403));
        rows.add(page(
                        "POST",
                        "/pendampingan/kegiatan/{id}/tindak-lanjut-selesai",
                        "/pendampingan/kegiatan/" + entryId + "/tindak-lanjut-selesai")
                .expect(LOGIN, Actor.WARGA)
                .expect(404, Actor.KPMD, Actor.PEMDES, Actor.MITRA)
                .expect(422, Actor.PLD)
                .others(403));
        rows.add(page("POST", "/pendampingan/kegiatan/{id}/hapus", "/pendampingan/kegiatan/" + entryId + "/hapus")
                .expect(LOGIN, Actor.WARGA)
                .expect(404, Actor.KPMD, Actor.PEMDES, Actor.MITRA)
                .expect(422, Actor.PLD)
                .others(403));
        rows.add(page("GET", "/pendampingan/foto/{berkasId}", "/pendampingan/foto/" + photoId)
                .expect(LOGIN, Actor.WARGA)
                .expect(404, Actor.KPMD, Actor.PEMDES, Actor.MITRA)
                .others(200));
        rows.add(page("GET", "/pendampingan/ekspor.csv", "/pendampingan/ekspor.csv")
                .expect(LOGIN, Actor.WARGA)
                .others(200));
        rows.add(page("GET", "/pendampingan/ekspor.xlsx", "/pendampingan/ekspor.xlsx")
                .expect(LOGIN, Actor.WARGA)
                .others(200));
        // Monthly reports: visible to the author and to whoever covers all the author's villages.
        java.time.YearMonth now = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Jakarta"));
        String last = now.minusMonths(1).toString();
        String older = now.minusMonths(2).toString();
        String pldReport = "/api/v1/pendampingan/laporan-bulanan/pld.diwek1/" + now;
        for (String suffix : new String[] {"", ".pdf"}) {
            rows.add(api("GET", "/api/v1/pendampingan/laporan-bulanan/{username}/{bulan}" + suffix, pldReport + suffix)
                    .expect(401, Actor.WARGA)
                    .expect(404, Actor.KPMD, Actor.PEMDES, Actor.MITRA)
                    .others(200));
        }
        for (String suffix : new String[] {".pdf", ".xlsx"}) {
            rows.add(api(
                            "GET",
                            "/api/v1/pendampingan/lwk/{username}/{bulan}" + suffix,
                            "/api/v1/pendampingan/lwk/pld.diwek1/" + now + suffix)
                    .expect(401, Actor.WARGA)
                    .expect(404, Actor.KPMD, Actor.PEMDES, Actor.MITRA)
                    .others(200));
        }
        String mitraReport = "/api/v1/pendampingan/laporan-bulanan/mitra.diwek/" + last;
        rows.add(api("POST", "/api/v1/pendampingan/laporan-bulanan/{username}/{bulan}/ajukan", mitraReport + "/ajukan")
                .expect(401, Actor.WARGA)
                .expect(404, Actor.KPMD, Actor.PEMDES, Actor.PLD)
                .expect(200, Actor.MITRA)
                .others(403));
        rows.add(
                api("POST", "/api/v1/pendampingan/laporan-bulanan/{username}/{bulan}/setujui", mitraReport + "/setujui")
                        .expect(401, Actor.WARGA)
                        .expect(404, Actor.KPMD, Actor.PEMDES, Actor.PLD)
                        .expect(200, Actor.PD)
                        .others(403));
        rows.add(api(
                        "POST",
                        "/api/v1/pendampingan/laporan-bulanan/{username}/{bulan}/kembalikan",
                        mitraReport + "/kembalikan")
                .expect(401, Actor.WARGA)
                .expect(404, Actor.KPMD, Actor.PEMDES, Actor.PLD)
                .expect(422, Actor.PD)
                .others(403));
        // Quarterly evaluation of pld.diwek1 for the previous quarter: seen by the person and whoever
        // covers their villages; the PD coordinates; the PLD answers once assessed.
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta"));
        java.time.LocalDate inPrevious = today.withDayOfMonth(1).minusMonths(3);
        String prevQ = inPrevious.getYear() + "-Q" + ((inPrevious.getMonthValue() - 1) / 3 + 1);
        String eval = "/api/v1/evaluasi/pld.diwek1/" + prevQ;
        rows.add(api("GET", "/api/v1/evaluasi/{username}/{triwulan}", eval)
                .expect(401, Actor.WARGA)
                .expect(404, Actor.KPMD, Actor.PEMDES, Actor.MITRA)
                .others(200));
        rows.add(withBody(
                        api("PUT", "/api/v1/evaluasi/{username}/{triwulan}/{sebagai}", eval + "/KOORDINATOR"),
                        "{\"nilai\":{\"ADMINISTRASI\":80,\"KEPATUHAN\":80,\"KEMAMPUAN_FASILITASI\":80,\"KEAKTIFAN\":80,\"CAPAIAN_HASIL\":80}}")
                .expect(401, Actor.WARGA)
                .expect(404, Actor.KPMD, Actor.PEMDES, Actor.MITRA)
                .expect(200, Actor.PD)
                .others(403));
        rows.add(withBody(
                        api("PUT", "/api/v1/evaluasi/{username}/{triwulan}/tanggapan", eval + "/tanggapan"),
                        "{\"tanggapan\":\"Terima kasih\"}")
                .expect(401, Actor.WARGA)
                .expect(404, Actor.KPMD, Actor.PEMDES, Actor.MITRA)
                .expect(200, Actor.PLD)
                .others(403));
        rows.add(api("GET", "/api/v1/evaluasi/peringkat", "/api/v1/evaluasi/peringkat?triwulan=" + prevQ)
                .expect(401, Actor.WARGA)
                .expect(200, Actor.TA, Actor.ADMIN)
                .others(403));
        rows.add(
                page("GET", "/evaluasi", "/evaluasi").expect(LOGIN, Actor.WARGA).others(200));
        rows.add(page("GET", "/evaluasi/{username}/{triwulan}", "/evaluasi/pld.diwek1/" + prevQ)
                .expect(LOGIN, Actor.WARGA)
                .expect(404, Actor.KPMD, Actor.PEMDES, Actor.MITRA)
                .others(200));
        rows.add(page(
                        "POST",
                        "/evaluasi/{username}/{triwulan}/{sebagai}",
                        "/evaluasi/pld.diwek1/" + prevQ
                                + "/KOORDINATOR?administrasi=81&kepatuhan=80&kemampuanFasilitasi=80&keaktifan=80&capaianHasil=80")
                .expect(LOGIN, Actor.WARGA)
                .expect(404, Actor.KPMD, Actor.PEMDES, Actor.MITRA)
                .expect(302, Actor.PD)
                .others(403));
        rows.add(page(
                        "POST",
                        "/evaluasi/{username}/{triwulan}/tanggapan",
                        "/evaluasi/pld.diwek1/" + prevQ + "/tanggapan")
                .expect(LOGIN, Actor.WARGA)
                .expect(404, Actor.KPMD, Actor.PEMDES, Actor.MITRA)
                .expect(422, Actor.PLD)
                .others(403));
        for (String suffix : new String[] {"", ".xlsx"}) {
            rows.add(page("GET", "/evaluasi/peringkat" + suffix, "/evaluasi/peringkat" + suffix + "?triwulan=" + prevQ)
                    .expect(LOGIN, Actor.WARGA)
                    .expect(200, Actor.TA, Actor.ADMIN)
                    .others(403));
        }
        rows.add(page("GET", "/pemberitahuan", "/pemberitahuan")
                .expect(LOGIN, Actor.WARGA)
                .others(200));
        rows.add(page("GET", "/pemberitahuan/{id}", "/pemberitahuan/999999999")
                .expect(LOGIN, Actor.WARGA)
                .others(404));
        rows.add(page("POST", "/pemberitahuan/baca-semua", "/pemberitahuan/baca-semua")
                .expect(LOGIN, Actor.WARGA)
                .others(302));
        String kecReport = "/api/v1/pendampingan/laporan-kecamatan/351708/" + last;
        for (String suffix : new String[] {"", ".pdf"}) {
            rows.add(api("GET", "/api/v1/pendampingan/laporan-kecamatan/{kode}/{bulan}" + suffix, kecReport + suffix)
                    .expect(401, Actor.WARGA)
                    .expect(404, Actor.KPMD, Actor.PEMDES, Actor.PLD, Actor.MITRA)
                    .others(200));
        }
        rows.add(api("POST", "/api/v1/pendampingan/laporan-kecamatan/{kode}/{bulan}/ajukan", kecReport + "/ajukan")
                .expect(401, Actor.WARGA)
                .expect(404, Actor.KPMD, Actor.PEMDES, Actor.PLD, Actor.MITRA)
                .expect(200, Actor.PD)
                .others(403));
        rows.add(api("POST", "/api/v1/pendampingan/laporan-kecamatan/{kode}/{bulan}/ketahui", kecReport + "/ketahui")
                .expect(401, Actor.WARGA)
                .expect(404, Actor.KPMD, Actor.PEMDES, Actor.PLD, Actor.MITRA)
                .expect(200, Actor.CAMAT)
                .others(403));
        // The Camat acknowledged last month's report in the row above: the TA receives it, then it is received.
        rows.add(api("POST", "/api/v1/pendampingan/laporan-kecamatan/{kode}/{bulan}/terima", kecReport + "/terima")
                .expect(401, Actor.WARGA)
                .expect(404, Actor.KPMD, Actor.PEMDES, Actor.PLD, Actor.MITRA)
                .expect(200, Actor.TA)
                .expect(422, Actor.ADMIN)
                .others(403));
        rows.add(page(
                        "POST",
                        "/pendampingan/laporan-kecamatan/{kode}/{bulan}/terima",
                        "/pendampingan/laporan-kecamatan/351708/" + last + "/terima")
                .expect(LOGIN, Actor.WARGA)
                .expect(404, Actor.KPMD, Actor.PEMDES, Actor.PLD, Actor.MITRA)
                .expect(422, Actor.TA, Actor.ADMIN)
                .others(403));
        String kabReport = "/api/v1/pendampingan/laporan-kabupaten/3517/" + last;
        for (String suffix : new String[] {"", ".pdf", ".xlsx"}) {
            rows.add(api("GET", "/api/v1/pendampingan/laporan-kabupaten/{kode}/{bulan}" + suffix, kabReport + suffix)
                    .expect(401, Actor.WARGA)
                    .expect(200, Actor.TA, Actor.ADMIN)
                    .others(404));
        }
        rows.add(page(
                        "GET",
                        "/pendampingan/laporan-kabupaten/{kode}/{bulan}",
                        "/pendampingan/laporan-kabupaten/3517/" + last)
                .expect(LOGIN, Actor.WARGA)
                .expect(200, Actor.TA, Actor.ADMIN)
                .others(404));
        rows.add(page("GET", "/pendampingan/laporan", "/pendampingan/laporan")
                .expect(LOGIN, Actor.WARGA)
                .others(200));
        rows.add(page("GET", "/pendampingan/laporan/{username}/{bulan}", "/pendampingan/laporan/pld.diwek1/" + now)
                .expect(LOGIN, Actor.WARGA)
                .expect(404, Actor.KPMD, Actor.PEMDES, Actor.MITRA)
                .others(200));
        String pagePld = "/pendampingan/laporan/pld.diwek1/" + last;
        rows.add(page("POST", "/pendampingan/laporan/{username}/{bulan}/ajukan", pagePld + "/ajukan")
                .expect(LOGIN, Actor.WARGA)
                .expect(404, Actor.KPMD, Actor.PEMDES, Actor.MITRA)
                .expect(422, Actor.PLD)
                .others(403));
        rows.add(page("POST", "/pendampingan/laporan/{username}/{bulan}/setujui", pagePld + "/setujui")
                .expect(LOGIN, Actor.WARGA)
                .expect(404, Actor.KPMD, Actor.PEMDES, Actor.MITRA)
                .expect(422, Actor.PD)
                .others(403));
        rows.add(page("POST", "/pendampingan/laporan/{username}/{bulan}/kembalikan", pagePld + "/kembalikan")
                .expect(LOGIN, Actor.WARGA)
                .expect(404, Actor.KPMD, Actor.PEMDES, Actor.MITRA)
                .expect(422, Actor.PD)
                .others(403));
        String pageKec = "/pendampingan/laporan-kecamatan/351708/" + older;
        rows.add(page("GET", "/pendampingan/laporan-kecamatan/{kode}/{bulan}", pageKec)
                .expect(LOGIN, Actor.WARGA)
                .expect(404, Actor.KPMD, Actor.PEMDES, Actor.PLD, Actor.MITRA)
                .others(200));
        rows.add(page("POST", "/pendampingan/laporan-kecamatan/{kode}/{bulan}/ajukan", pageKec + "/ajukan")
                .expect(LOGIN, Actor.WARGA)
                .expect(404, Actor.KPMD, Actor.PEMDES, Actor.PLD, Actor.MITRA)
                .expect(422, Actor.PD)
                .others(403));
        rows.add(page("POST", "/pendampingan/laporan-kecamatan/{kode}/{bulan}/ketahui", pageKec + "/ketahui")
                .expect(LOGIN, Actor.WARGA)
                .expect(404, Actor.KPMD, Actor.PEMDES, Actor.PLD, Actor.MITRA)
                .expect(422, Actor.CAMAT)
                .others(403));
        // Work plan and the supervisors' view.
        rows.add(api(
                        "GET",
                        "/api/v1/pendampingan/rencana/{username}/{bulan}",
                        "/api/v1/pendampingan/rencana/pld.diwek1/" + now)
                .expect(401, Actor.WARGA)
                .expect(404, Actor.KPMD, Actor.PEMDES, Actor.MITRA)
                .others(200));
        String plan = "{\"bulan\":\"" + now + "\",\"kodeDesa\":\"3517082001\",\"minggu\":1,\"metode\":\"FASILITASI\","
                + "\"ruangLingkup\":\"PEMBANGUNAN_DESA\",\"uraian\":\"Rencana matriks\"}";
        rows.add(withBody(api("POST", "/api/v1/pendampingan/rencana", "/api/v1/pendampingan/rencana"), plan)
                .expect(401, Actor.WARGA)
                .expect(403, Actor.PEMDES, Actor.CAMAT, Actor.ADMIN)
                .expect(404, Actor.KPMD, Actor.MITRA)
                .others(201));
        rows.add(api("DELETE", "/api/v1/pendampingan/rencana/{id}", "/api/v1/pendampingan/rencana/" + planId)
                .expect(401, Actor.WARGA)
                .expect(404, Actor.PLD)
                .others(403));
        rows.add(page("GET", "/pendampingan/rencana/{username}/{bulan}", "/pendampingan/rencana/pld.diwek1/" + now)
                .expect(LOGIN, Actor.WARGA)
                .expect(404, Actor.KPMD, Actor.PEMDES, Actor.MITRA)
                .others(200));
        rows.add(page("POST", "/pendampingan/rencana/{username}/{bulan}", "/pendampingan/rencana/pld.diwek1/" + now)
                .expect(LOGIN, Actor.WARGA)
                .expect(422, Actor.PLD)
                .others(403));
        rows.add(page(
                        "POST",
                        "/pendampingan/rencana/{username}/{bulan}/{id}/hapus",
                        "/pendampingan/rencana/pld.diwek2/" + now + "/" + planId + "/hapus")
                .expect(LOGIN, Actor.WARGA)
                .expect(404, Actor.PLD)
                .others(403));
        rows.add(page("GET", "/pendampingan/pantau", "/pendampingan/pantau")
                .expect(LOGIN, Actor.WARGA)
                .others(200));
        rows.add(page("GET", "/admin/sub-topik", "/admin/sub-topik")
                .expect(LOGIN, Actor.WARGA)
                .expect(200, Actor.ADMIN)
                .others(403));
        rows.add(page("POST", "/admin/sub-topik", "/admin/sub-topik?kode=UJI-X&ruangLingkup=PEMBANGUNAN_DESA&nama=Uji")
                .expect(LOGIN, Actor.WARGA)
                .others(403));
        rows.add(page("POST", "/admin/sub-topik/{kode}/aktif", "/admin/sub-topik/PD-DATA/aktif?aktif=true")
                .expect(LOGIN, Actor.WARGA)
                .others(403));
        // IDM: the calculator for everyone logged in; results within scope; imports for admins.
        String fives = String.join(",", java.util.Collections.nCopies(50, "5"));
        rows.add(withBody(
                        api("POST", "/api/v1/idm/hitung", "/api/v1/idm/hitung"),
                        "[{\"kodeDesa\":\"3517082001\",\"tahun\":2021,\"skor\":[" + fives + "]}]")
                .expect(401, Actor.WARGA)
                .others(200));
        rows.add(api("GET", "/api/v1/idm/{kodeDesa}/{tahun}", "/api/v1/idm/3517082001/2021")
                .expect(401, Actor.WARGA)
                .expect(404, Actor.KPMD, Actor.PEMDES, Actor.MITRA)
                .others(200));
        rows.add(api("GET", "/api/v1/idm/{kodeDesa}", "/api/v1/idm/3517082001")
                .expect(401, Actor.WARGA)
                .expect(404, Actor.KPMD, Actor.PEMDES, Actor.MITRA)
                .others(200));
        rows.add(withBody(api("POST", "/api/v1/idm/impor", "/api/v1/idm/impor"), "CSV:" + idmCsv)
                .expect(401, Actor.WARGA)
                .expect(200, Actor.ADMIN)
                .others(403));
        rows.add(api("GET", "/api/v1/idm/ekspor/{tahun}", "/api/v1/idm/ekspor/2021")
                .expect(401, Actor.WARGA)
                .others(200));
        rows.add(api("GET", "/api/v1/idm/rekap/{kode}", "/api/v1/idm/rekap/351708?tahun=2021")
                .expect(401, Actor.WARGA)
                .expect(404, Actor.KPMD, Actor.PEMDES, Actor.PLD, Actor.MITRA)
                .others(200));
        rows.add(api("POST", "/api/v1/idm/hitung-ulang/{tahun}", "/api/v1/idm/hitung-ulang/2021")
                .expect(401, Actor.WARGA)
                .others(403));
        // Indeks Desa: the calculator for everyone logged in; imports for ADMIN, TA and PD in their
        // scope; a desa's result to whoever's scope covers it.
        String indeksDesa = id.pandudesa.support.IndeksDesaContoh.satu("3517082001", 2024, 5);
        rows.add(withBody(api("POST", "/api/v1/indeks-desa/hitung", "/api/v1/indeks-desa/hitung"), "CSV:" + indeksDesa)
                .expect(401, Actor.WARGA)
                .others(200));
        rows.add(withBody(api("POST", "/api/v1/indeks-desa/impor", "/api/v1/indeks-desa/impor"), "CSV:" + indeksDesa)
                .expect(401, Actor.WARGA)
                .expect(200, Actor.ADMIN, Actor.TA, Actor.PD)
                .others(403));
        rows.add(api("GET", "/api/v1/indeks-desa/ekspor/{tahun}", "/api/v1/indeks-desa/ekspor/2024")
                .expect(401, Actor.WARGA)
                .others(200));
        rows.add(api("POST", "/api/v1/indeks-desa/hitung-ulang/{tahun}", "/api/v1/indeks-desa/hitung-ulang/2024")
                .expect(401, Actor.WARGA)
                .others(403));
        rows.add(api("GET", "/api/v1/indeks-desa/{kodeDesa}/{tahun}", "/api/v1/indeks-desa/3517082001/2024")
                .expect(401, Actor.WARGA)
                .expect(404, Actor.KPMD, Actor.PEMDES, Actor.MITRA)
                .others(200));
        // APBDes: the village government (or an admin) writes, everyone whose scope covers the desa reads.
        String apbdes = "/api/v1/apbdes/3517082007/2022";
        rows.add(withBody(
                        api("PUT", "/api/v1/apbdes/{kodeDesa}/{tahun}", apbdes),
                        "CSV:kode_kegiatan,kode_rekening,uraian,anggaran\n,4.2.1.01,Dana Desa,100\n2.2.01,5.3.2.01,Jalan,150\n")
                .expect(401, Actor.WARGA)
                .expect(404, Actor.PLD)
                .expect(200, Actor.PEMDES, Actor.ADMIN)
                .others(403));
        for (String path : new String[] {apbdes, apbdes + "/beda?dari=1&ke=1"}) {
            rows.add(api(
                            "GET",
                            path.contains("beda")
                                    ? "/api/v1/apbdes/{kodeDesa}/{tahun}/beda"
                                    : "/api/v1/apbdes/{kodeDesa}/{tahun}",
                            path)
                    .expect(401, Actor.WARGA)
                    .expect(404, Actor.PLD)
                    .others(200));
        }
        // Realisation: written by the village government against an adopted APBDes (this year has
        // only a draft: 422), read in scope (no point recorded yet: 404).
        rows.add(withBody(
                        api(
                                "PUT",
                                "/api/v1/apbdes/{kodeDesa}/{tahun}/realisasi",
                                apbdes + "/realisasi?sampai=2022-06-30"),
                        "CSV:kode_kegiatan,kode_rekening,uraian,realisasi\n,4.2.1.01,Dana Desa,100\n")
                .expect(401, Actor.WARGA)
                .expect(404, Actor.PLD)
                .expect(422, Actor.PEMDES, Actor.ADMIN)
                .others(403));
        // A Siskeudes export: the role decides before the upload is read (this one is no zip: 422).
        rows.add(withBody(
                        api("POST", "/api/v1/apbdes/{kodeDesa}/{tahun}/siskeudes", apbdes + "/siskeudes"),
                        "ZIP:bukan zip")
                .expect(401, Actor.WARGA)
                .expect(404, Actor.PLD)
                .expect(422, Actor.PEMDES, Actor.ADMIN)
                .others(403));
        rows.add(api("GET", "/api/v1/apbdes/{kodeDesa}/{tahun}/realisasi", apbdes + "/realisasi")
                .expect(401, Actor.WARGA)
                .others(404));
        // Adoption is for the village government; this draft's deficit keeps it a draft.
        rows.add(api("POST", "/api/v1/apbdes/{kodeDesa}/{tahun}/tetapkan", apbdes + "/tetapkan")
                .expect(401, Actor.WARGA)
                .expect(404, Actor.PLD)
                .expect(422, Actor.PEMDES, Actor.ADMIN)
                .others(403));
        // APBDes pages: read in scope; upload and adoption by the village government; review notes.
        String apbdesPage = "/perencanaan/apbdes/3517082007/2022";
        rows.add(page("GET", "/perencanaan/apbdes", "/perencanaan/apbdes?tahun=2022")
                .expect(LOGIN, Actor.WARGA)
                .expect(302, Actor.KPMD, Actor.PEMDES)
                .others(200));
        rows.add(page("GET", "/perencanaan/apbdes/{kode}/{tahun}", apbdesPage)
                .expect(LOGIN, Actor.WARGA)
                .expect(404, Actor.PLD)
                .others(200));
        for (String suffix : new String[] {".csv", ".xlsx"}) {
            rows.add(page("GET", "/perencanaan/apbdes/{kode}/{tahun}" + suffix, apbdesPage + suffix)
                    .expect(LOGIN, Actor.WARGA)
                    .expect(404, Actor.PLD)
                    .others(200));
        }
        rows.add(page("GET", "/perencanaan/apbdes/{kode}/{tahun}/beda", apbdesPage + "/beda?dari=1&ke=1")
                .expect(LOGIN, Actor.WARGA)
                .expect(404, Actor.PLD)
                .others(200));
        rows.add(withBody(
                        page("POST", "/perencanaan/apbdes/{kode}/{tahun}/unggah", apbdesPage + "/unggah"),
                        "MULTIPART:berkas:kode_kegiatan,kode_rekening,uraian,anggaran\n,4.2.1.01,Dana Desa,100\n"
                                + "2.2.01,5.3.2.01,Jalan,150\n")
                .expect(LOGIN, Actor.WARGA)
                .expect(404, Actor.PLD)
                .expect(302, Actor.PEMDES, Actor.ADMIN)
                .others(403));
        // Realisation pages: read in scope (2022 has only a draft, so no sheet to download: 422);
        // recorded by the village government (refused for want of an adopted APBDes: 422).
        rows.add(page("GET", "/perencanaan/apbdes/{kode}/{tahun}/realisasi", apbdesPage + "/realisasi")
                .expect(LOGIN, Actor.WARGA)
                .expect(404, Actor.PLD)
                .others(200));
        // The realisation reports: read in scope (2022 has no adopted APBDes to report on: 422).
        for (String suffix : new String[] {"", ".pdf", ".xlsx"}) {
            rows.add(
                    page("GET", "/perencanaan/apbdes/{kode}/{tahun}/laporan" + suffix, apbdesPage + "/laporan" + suffix)
                            .expect(LOGIN, Actor.WARGA)
                            .expect(404, Actor.PLD)
                            .others(422));
        }
        rows.add(page("GET", "/perencanaan/apbdes/{kode}/{tahun}/realisasi.csv", apbdesPage + "/realisasi.csv")
                .expect(LOGIN, Actor.WARGA)
                .expect(404, Actor.PLD)
                .others(422));
        rows.add(withBody(
                        page(
                                "POST",
                                "/perencanaan/apbdes/{kode}/{tahun}/realisasi",
                                apbdesPage + "/realisasi?sampai=2022-06-30"),
                        "MULTIPART:berkas:kode_kegiatan,kode_rekening,uraian,realisasi\n,4.2.1.01,Dana Desa,100\n")
                .expect(LOGIN, Actor.WARGA)
                .expect(404, Actor.PLD)
                .expect(422, Actor.PEMDES, Actor.ADMIN)
                .others(403));
        rows.add(withBody(
                        page("POST", "/perencanaan/apbdes/{kode}/{tahun}/siskeudes", apbdesPage + "/siskeudes"),
                        "MULTIPART:berkas:bukan zip")
                .expect(LOGIN, Actor.WARGA)
                .expect(404, Actor.PLD)
                .expect(422, Actor.PEMDES, Actor.ADMIN)
                .others(403));
        rows.add(page("POST", "/perencanaan/apbdes/{kode}/{tahun}/tetapkan", apbdesPage + "/tetapkan")
                .expect(LOGIN, Actor.WARGA)
                .expect(404, Actor.PLD)
                .expect(422, Actor.PEMDES, Actor.ADMIN)
                .others(403));
        rows.add(page(
                        "POST",
                        "/perencanaan/apbdes/{kode}/{tahun}/catatan",
                        apbdesPage + "/catatan?versi=1&jenis=KOMENTAR&isi=Catatan+matriks")
                .expect(LOGIN, Actor.WARGA)
                .expect(404, Actor.PLD)
                .expect(302, Actor.PD, Actor.TA)
                .others(403));
        // Musyawarah in Cukir: everyone whose scope covers the desa reads; KPMD, village government,
        // PLD and PD organise (pld.diwek1 does not cover Cukir). Refused steps come back as a redirect
        // with the reason, so organisers get 302 whatever state the meeting is in.
        rows.add(page("GET", "/musyawarah", "/musyawarah")
                .expect(LOGIN, Actor.WARGA)
                .others(200));
        rows.add(page("GET", "/musyawarah/baru", "/musyawarah/baru")
                .expect(LOGIN, Actor.WARGA)
                .expect(200, Actor.KPMD, Actor.PEMDES, Actor.PLD, Actor.PD)
                .others(403));
        rows.add(page(
                        "POST",
                        "/musyawarah",
                        "/musyawarah?kodeDesa=3517082007&jenis=MUSDUS&judul=Matriks&tanggal=2026-12-01"
                                + "&tempat=Balai&agenda=Usulan&penyelenggara=KPMD&unsurWajib=TOKOH_AGAMA")
                .expect(LOGIN, Actor.WARGA)
                .expect(302, Actor.KPMD, Actor.PEMDES, Actor.PD)
                .expect(422, Actor.PLD)
                .others(403));
        String m = "/musyawarah/" + meetingId;
        for (String[] call : new String[][] {
            {"GET", "/musyawarah/{id}", ""},
            {"GET", "/musyawarah/{id}/panel", "/panel"},
            {"GET", "/musyawarah/{id}/berita-acara.pdf", "/berita-acara.pdf"},
            {"GET", "/musyawarah/{id}/undangan.pdf", "/undangan.pdf"}
        }) {
            rows.add(page(call[0], call[1], m + call[2])
                    .expect(LOGIN, Actor.WARGA)
                    .expect(404, Actor.PLD)
                    .others(200));
        }
        rows.add(page("GET", "/musyawarah/{id}/berkas", m + "/berkas")
                .expect(LOGIN, Actor.WARGA)
                .others(404));
        for (String[] call : new String[][] {
            {"GET", "/musyawarah/{id}/ubah", "/ubah", "200"},
            {"GET", "/musyawarah/{id}/hadir", "/hadir", "200"},
            {
                "POST",
                "/musyawarah/{id}/ubah",
                "/ubah?jenis=MUSDUS&judul=Matriks&tanggal=2026-11-01&tempat=Balai&agenda=A&penyelenggara=KPMD"
                        + "&unsurWajib=TOKOH_AGAMA",
                "302"
            },
            {"POST", "/musyawarah/{id}/undangan", "/undangan?nama=Siti&unsur=KELOMPOK_PEREMPUAN", "302"},
            {"POST", "/musyawarah/{id}/hadir", "/hadir?nama=Siti&jenisKelamin=P&unsur=KELOMPOK_PEREMPUAN", "302"},
            {"POST", "/musyawarah/{id}/hadir/{rowId}/hapus", "/hadir/999999/hapus", "302"},
            {"POST", "/musyawarah/{id}/agenda/{no}", "/agenda/1?cara=MUFAKAT&keputusan=Disepakati", "302"},
            {"POST", "/musyawarah/{id}/selesai", "/selesai", "302"},
            {"POST", "/musyawarah/{id}/terbitkan", "/terbitkan?publik=false", "302"},
            {"POST", "/musyawarah/{id}/koreksi", "/koreksi", "422"}
        }) {
            Row row = page(call[0], call[1], m + call[2]);
            rows.add(row.expect(LOGIN, Actor.WARGA)
                    .expect(404, Actor.PLD)
                    .expect(Integer.parseInt(call[3]), Actor.KPMD, Actor.PEMDES, Actor.PD)
                    .others(403));
        }
        rows.add(withBody(page("POST", "/musyawarah/{id}/tandatangani", m + "/tandatangani"), "MULTIPART:berkas:x")
                .expect(LOGIN, Actor.WARGA)
                .expect(404, Actor.PLD)
                .expect(422, Actor.KPMD, Actor.PEMDES, Actor.PD)
                .others(403));
        rows.add(page("GET", "/musyawarah/bagikan/{token}", "/musyawarah/bagikan/tidak-ada")
                .others(404));
        // Planning of Cukir: read by every scope covering it; proposals by the meeting organisers,
        // RKPDes/RPJMDes drafted by KPMD and village government, adopted and budgeted by the village
        // government, commented on by facilitators. Refused input re-renders the form (200) or
        // comes back as a redirect with the reason (302).
        String rencana = "/perencanaan/%s/3517082007/2022";
        int rpjm = java.time.Year.now(java.time.ZoneId.of("Asia/Jakarta")).getValue() - 1;
        String rpjmdes = "/perencanaan/rpjmdes/3517082007";
        rows.add(page("GET", "/perencanaan", "/perencanaan")
                .expect(LOGIN, Actor.WARGA)
                .expect(302, Actor.KPMD, Actor.PEMDES)
                .others(200));
        for (String[] call : new String[][] {
            {"/perencanaan/usulan/{kode}/{tahun}", rencana.formatted("usulan")},
            {"/perencanaan/rkpdes/{kode}/{tahun}", rencana.formatted("rkpdes")},
            {"/perencanaan/rpjmdes/{kode}", rpjmdes}
        }) {
            rows.add(page("GET", call[0], call[1])
                    .expect(LOGIN, Actor.WARGA)
                    .expect(404, Actor.PLD)
                    .others(200));
        }
        rows.add(page(
                        "POST",
                        "/perencanaan/usulan/{kode}/{tahun}",
                        rencana.formatted("usulan") + "?judul=Matriks&asal=Dusun&lokasi=RT1&kodeBidang=2.3&laki=1"
                                + "&perempuan=1&biaya=1000&pengusul=Warga")
                .expect(LOGIN, Actor.WARGA)
                .expect(404, Actor.PLD)
                .expect(302, Actor.KPMD, Actor.PEMDES, Actor.PD)
                .others(403));
        for (String suffix : new String[] {"", "/hapus"}) {
            rows.add(page(
                            "POST",
                            "/perencanaan/usulan/{kode}/{tahun}/{id}" + suffix,
                            rencana.formatted("usulan") + "/999999" + suffix)
                    .expect(LOGIN, Actor.WARGA)
                    .expect(404, Actor.PLD, Actor.KPMD, Actor.PEMDES, Actor.PD)
                    .others(403));
        }
        rows.add(
                page("POST", "/perencanaan/usulan/{kode}/{tahun}/prioritas", rencana.formatted("usulan") + "/prioritas")
                        .expect(LOGIN, Actor.WARGA)
                        .expect(404, Actor.PLD)
                        .expect(422, Actor.KPMD, Actor.PEMDES, Actor.PD)
                        .others(403));
        rows.add(page("POST", "/perencanaan/rkpdes/{kode}/{tahun}/kegiatan", rencana.formatted("rkpdes") + "/kegiatan")
                .expect(LOGIN, Actor.WARGA)
                .expect(404, Actor.PLD)
                .expect(422, Actor.KPMD, Actor.PEMDES)
                .others(403));
        rows.add(page("POST", "/perencanaan/rkpdes/{kode}/{tahun}/tetapkan", rencana.formatted("rkpdes") + "/tetapkan")
                .expect(LOGIN, Actor.WARGA)
                .expect(404, Actor.PLD)
                .expect(422, Actor.PEMDES)
                .others(403));
        rows.add(page(
                        "POST",
                        "/perencanaan/rkpdes/{kode}/{tahun}/kegiatan/{id}/apbdes",
                        rencana.formatted("rkpdes") + "/kegiatan/" + rkpdesKegiatanId + "/apbdes?kodeRekening=4.1.1.01")
                .expect(LOGIN, Actor.WARGA)
                .expect(404, Actor.PLD)
                .expect(422, Actor.PEMDES, Actor.ADMIN)
                .others(403));
        rows.add(page(
                        "POST",
                        "/perencanaan/rkpdes/{kode}/{tahun}/catatan",
                        rencana.formatted("rkpdes") + "/catatan?isi=Catatan+matriks")
                .expect(LOGIN, Actor.WARGA)
                .expect(404, Actor.PLD)
                .expect(302, Actor.PD, Actor.TA)
                .others(403));
        rows.add(page("POST", "/perencanaan/rpjmdes/{kode}", rpjmdes + "?tahunAwal=" + rpjm)
                .expect(LOGIN, Actor.WARGA)
                .expect(404, Actor.PLD)
                .expect(422, Actor.KPMD, Actor.PEMDES)
                .others(403));
        rows.add(page(
                        "POST",
                        "/perencanaan/rpjmdes/{kode}/{awal}/program",
                        rpjmdes + "/" + rpjm + "/program?tahun=" + rpjm + "&kodeBidang=2.3&uraian=x&biaya=1")
                .expect(LOGIN, Actor.WARGA)
                .expect(404, Actor.PLD)
                .expect(422, Actor.KPMD, Actor.PEMDES)
                .others(403));
        rows.add(page("POST", "/perencanaan/rpjmdes/{kode}/{awal}/tetapkan", rpjmdes + "/" + rpjm + "/tetapkan")
                .expect(LOGIN, Actor.WARGA)
                .expect(404, Actor.PLD)
                .expect(422, Actor.PEMDES)
                .others(403));
        rows.add(page(
                        "POST",
                        "/perencanaan/rpjmdes/{kode}/{awal}/catatan",
                        rpjmdes + "/" + rpjm + "/catatan?isi=Catatan+matriks")
                .expect(LOGIN, Actor.WARGA)
                .expect(404, Actor.PLD)
                .expect(302, Actor.PD, Actor.TA)
                .others(403));
        rows.add(page("POST", "/perencanaan/apbdes/{kode}/{tahun}/tautan", apbdesPage + "/tautan?baris=1")
                .expect(LOGIN, Actor.WARGA)
                .expect(404, Actor.PLD)
                .expect(422, Actor.PEMDES, Actor.ADMIN)
                .others(403));
        // Implementation in Cukir: read in scope; the village government and KPMD record (a refused
        // form comes back as the page with its messages).
        int thisYear = java.time.Year.now(java.time.ZoneId.of("Asia/Jakarta")).getValue();
        rows.add(page("GET", "/pelaksanaan", "/pelaksanaan")
                .expect(LOGIN, Actor.WARGA)
                .expect(302, Actor.KPMD, Actor.PEMDES)
                .others(200));
        rows.add(page("GET", "/pelaksanaan/{kode}/{tahun}", "/pelaksanaan/3517082007/" + thisYear)
                .expect(LOGIN, Actor.WARGA)
                .expect(404, Actor.PLD)
                .others(200));
        rows.add(page("POST", "/pelaksanaan/{kode}/{tahun}", "/pelaksanaan/3517082007/" + thisYear)
                .expect(LOGIN, Actor.WARGA)
                .expect(404, Actor.PLD)
                .expect(422, Actor.KPMD, Actor.PEMDES)
                .others(403));
        rows.add(page(
                        "POST",
                        "/pelaksanaan/{kode}/{tahun}/dana-desa",
                        "/pelaksanaan/3517082007/" + thisYear + "/dana-desa")
                .expect(LOGIN, Actor.WARGA)
                .expect(404, Actor.PLD)
                .expect(422, Actor.PEMDES)
                .others(403));
        rows.add(page("GET", "/pelaksanaan/proyek/{id}", proyek)
                .expect(LOGIN, Actor.WARGA)
                .expect(404, Actor.PLD)
                .others(200));
        rows.add(withBody(page("POST", "/pelaksanaan/proyek/{id}/laporan", proyek + "/laporan"), "MULTIPART:x:x")
                .expect(LOGIN, Actor.WARGA)
                .expect(404, Actor.PLD)
                .expect(422, Actor.KPMD, Actor.PEMDES)
                .others(403));
        rows.add(withBody(page("POST", "/pelaksanaan/proyek/{id}/lpj", proyek + "/lpj"), "MULTIPART:berkas:x")
                .expect(LOGIN, Actor.WARGA)
                .expect(404, Actor.PLD)
                .expect(422, Actor.KPMD, Actor.PEMDES)
                .others(403));
        rows.add(page("GET", "/pelaksanaan/proyek/{id}/lpj", proyek + "/lpj")
                .expect(LOGIN, Actor.WARGA)
                .others(404));
        for (String step : new String[] {"/serah-terima", "/pelestarian", "/swadaya"}) {
            rows.add(page("POST", "/pelaksanaan/proyek/{id}" + step, proyek + step)
                    .expect(LOGIN, Actor.WARGA)
                    .expect(404, Actor.PLD)
                    .expect(422, Actor.KPMD, Actor.PEMDES)
                    .others(403));
        }
        rows.add(page("POST", "/pelaksanaan/proyek/{id}/pelestarian/{cekId}", proyek + "/pelestarian/999999")
                .expect(LOGIN, Actor.WARGA)
                .expect(404, Actor.PLD, Actor.KPMD, Actor.PEMDES)
                .others(403));
        rows.add(page("GET", "/pelaksanaan/foto/{berkasId}", "/pelaksanaan/foto/999999")
                .expect(LOGIN, Actor.WARGA)
                .others(404));
        // The village board and its poster: public; a kelurahan or unknown code is 404, a draft-only
        // APBDes has no poster.
        rows.add(page("GET", "/desa/{kode}", "/desa/3517082007").others(200));
        rows.add(page("GET", "/desa/{kode}", "/desa/3517").others(404));
        rows.add(page("GET", "/desa/{kode}/poster.pdf", "/desa/3517082007/poster.pdf?ukuran=A3")
                .others(200));
        rows.add(page("GET", "/desa/{kode}/poster.pdf", "/desa/3517082001/poster.pdf")
                .others(404));
        rows.add(page("GET", "/desa/{kode}/poster.png", "/desa/3517082007/poster.png")
                .others(200));
        // A photo is public only when it is a progress photo of a project of that desa (this one is a
        // facilitation log photo).
        rows.add(page("GET", "/desa/{kode}/foto/{berkasId}", "/desa/3517082007/foto/" + photoId)
                .others(404));
        // Complaints. Filing and tracking are public (an empty complaint is refused for everyone, and a
        // refused one does not count against the sender's hourly limit); handling needs a login, the
        // scope (pld.diwek1 does not serve Cukir) and a handling role: MITRA reads, never acts; the
        // village government acts only on a case assigned to it.
        rows.add(withBody(api("POST", "/api/v1/pengaduan", "/api/v1/pengaduan"), "{}")
                .others(422));
        rows.add(api("GET", "/api/v1/pengaduan/lacak/{kodeLacak}", "/api/v1/pengaduan/lacak/" + kodeLacak)
                .others(200));
        rows.add(api("GET", "/api/v1/pengaduan/lacak/{kodeLacak}", "/api/v1/pengaduan/lacak/PD-0000-0000")
                .others(404));
        rows.add(page("GET", "/pengaduan", "/pengaduan?desa=3517082007").others(200));
        rows.add(page("POST", "/pengaduan", "/pengaduan?kodeDesa=3517082007").others(422));
        rows.add(page("GET", "/pengaduan/lacak", "/pengaduan/lacak").others(200));
        rows.add(page("GET", "/pengaduan/lacak/{kode}", "/pengaduan/lacak/" + kodeLacak)
                .others(200));
        rows.add(page("GET", "/pengaduan/lacak/{kode}", "/pengaduan/lacak/PD-0000-0000")
                .others(404));
        rows.add(page("GET", "/pengaduan/kelola", "/pengaduan/kelola")
                .expect(LOGIN, Actor.WARGA)
                .others(200));
        rows.add(page("GET", "/pengaduan/statistik", "/pengaduan/statistik")
                .expect(LOGIN, Actor.WARGA)
                .others(200));
        rows.add(page("GET", "/pengaduan/kelola/baru", "/pengaduan/kelola/baru")
                .expect(LOGIN, Actor.WARGA)
                .others(200));
        rows.add(page("POST", "/pengaduan/kelola/baru", "/pengaduan/kelola/baru")
                .expect(LOGIN, Actor.WARGA)
                .expect(403, Actor.MITRA)
                .others(422));
        String kasus = "/pengaduan/kelola/" + kasusId;
        rows.add(page("GET", "/pengaduan/kelola/{id}", kasus)
                .expect(LOGIN, Actor.WARGA)
                .expect(404, Actor.PLD)
                .others(200));
        rows.add(page("GET", "/pengaduan/kelola/{id}/lampiran/{berkasId}", kasus + "/lampiran/999999")
                .expect(LOGIN, Actor.WARGA)
                .others(404));
        // KPMD verifies first; the others then hold a stale version (409) or may not act.
        rows.add(page("POST", "/pengaduan/kelola/{id}/langkah", kasus + "/langkah?langkah=VERIFIKASI&versi=0")
                .expect(LOGIN, Actor.WARGA)
                .expect(302, Actor.KPMD)
                .expect(403, Actor.PEMDES, Actor.MITRA)
                .expect(404, Actor.PLD)
                .others(409));
        for (String step : new String[] {"/komentar", "/perselisihan", "/pertemuan", "/kesepakatan"}) {
            rows.add(page("POST", "/pengaduan/kelola/{id}" + step, kasus + step)
                    .expect(LOGIN, Actor.WARGA)
                    .expect(403, Actor.PEMDES, Actor.MITRA)
                    .expect(404, Actor.PLD)
                    .others(422));
        }
        // Capacity: cadres of Cukir read in scope, recorded by the village and PLD/PD/admins;
        // trainings of the kecamatan seen by everyone in it, managed by PD, TA and admins; the map
        // and the kaderisasi of a kecamatan by those whose scope covers it.
        long kaderId = jdbc.sql("SELECT MIN(id) FROM kader WHERE kode_desa = '3517082007'")
                .query(Long.class)
                .single();
        long latihan = jdbc.sql("SELECT MIN(id) FROM pelatihan WHERE kode_wilayah = '351708'")
                .query(Long.class)
                .single();
        long lulusan = jdbc.sql(
                        "SELECT MIN(id) FROM pelatihan_peserta WHERE pelatihan_id = :p AND sertifikat IS NOT NULL")
                .param("p", latihan)
                .query(Long.class)
                .single();
        rows.add(page("GET", "/kapasitas", "/kapasitas")
                .expect(LOGIN, Actor.WARGA)
                .others(200));
        String kaderCukir = "/kapasitas/kader/3517082007";
        rows.add(page("GET", "/kapasitas/kader/{kode}", kaderCukir)
                .expect(LOGIN, Actor.WARGA)
                .expect(404, Actor.PLD)
                .others(200));
        rows.add(page("GET", "/kapasitas/kader/{kode}/{id}", kaderCukir + "/" + kaderId)
                .expect(LOGIN, Actor.WARGA)
                .expect(404, Actor.PLD)
                .others(200));
        for (String path : new String[] {kaderCukir, kaderCukir + "/" + kaderId}) {
            rows.add(page(
                            "POST",
                            path.equals(kaderCukir) ? "/kapasitas/kader/{kode}" : "/kapasitas/kader/{kode}/{id}",
                            path)
                    .expect(LOGIN, Actor.WARGA)
                    .expect(404, Actor.PLD)
                    .expect(403, Actor.MITRA, Actor.CAMAT, Actor.TA)
                    .others(422));
        }
        rows.add(page("GET", "/kapasitas/pelatihan", "/kapasitas/pelatihan")
                .expect(LOGIN, Actor.WARGA)
                .others(200));
        rows.add(page("POST", "/kapasitas/pelatihan", "/kapasitas/pelatihan")
                .expect(LOGIN, Actor.WARGA)
                .expect(403, Actor.MITRA, Actor.CAMAT)
                .others(422));
        // Cadre candidates (demo: a young farmer proposed by Cukir's KPMD); empty forms are refused.
        long calon = jdbc.sql("SELECT MIN(id) FROM kader_calon WHERE kode_desa = '3517082007' AND status = 'CALON'")
                .query(Long.class)
                .single();
        rows.add(page("GET", "/kapasitas/calon/{kode}", "/kapasitas/calon/3517082007")
                .expect(LOGIN, Actor.WARGA)
                .expect(404, Actor.PLD)
                .others(200));
        rows.add(page("POST", "/kapasitas/calon/{kode}", "/kapasitas/calon/3517082007")
                .expect(LOGIN, Actor.WARGA)
                .expect(404, Actor.PLD)
                .expect(403, Actor.MITRA, Actor.CAMAT, Actor.TA)
                .others(422));
        for (String aksi : new String[] {"angkat", "batal"}) {
            rows.add(page(
                            "POST",
                            "/kapasitas/calon/{kode}/{id}/" + aksi,
                            "/kapasitas/calon/3517082007/" + calon + "/" + aksi)
                    .expect(LOGIN, Actor.WARGA)
                    .expect(404, Actor.PLD)
                    .expect(403, Actor.MITRA, Actor.CAMAT, Actor.TA)
                    .others(422));
        }
        String latih = "/kapasitas/pelatihan/" + latihan;
        rows.add(page("GET", "/kapasitas/pelatihan/{id}", latih)
                .expect(LOGIN, Actor.WARGA)
                .others(200));
        rows.add(page(
                        "GET",
                        "/kapasitas/pelatihan/{id}/sertifikat/{pesertaId}.pdf",
                        latih + "/sertifikat/" + lulusan + ".pdf")
                .expect(LOGIN, Actor.WARGA)
                .others(200));
        rows.add(page("GET", "/kapasitas/pelatihan/{id}/materi/{berkasId}", latih + "/materi/999999")
                .expect(LOGIN, Actor.WARGA)
                .others(404));
        rows.add(page("POST", "/kapasitas/pelatihan/{id}/peserta", latih + "/peserta")
                .expect(LOGIN, Actor.WARGA)
                .expect(422, Actor.PD, Actor.TA, Actor.ADMIN)
                .others(403));
        rows.add(page("POST", "/kapasitas/pelatihan/{id}/catat", latih + "/catat")
                .expect(LOGIN, Actor.WARGA)
                .expect(409, Actor.PD, Actor.TA, Actor.ADMIN)
                .others(403));
        rows.add(page("POST", "/kapasitas/pelatihan/{id}/sertifikat", latih + "/sertifikat")
                .expect(LOGIN, Actor.WARGA)
                .expect(302, Actor.PD, Actor.TA, Actor.ADMIN)
                .others(403));
        rows.add(withBody(page("POST", "/kapasitas/pelatihan/{id}/materi", latih + "/materi"), "MULTIPART:berkas:x")
                .expect(LOGIN, Actor.WARGA)
                .expect(422, Actor.PD, Actor.TA, Actor.ADMIN)
                .others(403));
        for (String view : new String[] {"/kapasitas/peta/{kode}", "/kapasitas/kaderisasi/{kode}"}) {
            rows.add(page("GET", view, view.replace("{kode}", "351708"))
                    .expect(LOGIN, Actor.WARGA)
                    .expect(404, Actor.KPMD, Actor.PEMDES, Actor.PLD, Actor.MITRA)
                    .others(200));
        }
        long lpm = jdbc.sql("SELECT MIN(id) FROM lembaga WHERE kode_wilayah = '3517082007'")
                .query(Long.class)
                .single();
        String lembagaCukir = "/kapasitas/lembaga/3517082007";
        rows.add(page("GET", "/kapasitas/lembaga/{kode}", lembagaCukir)
                .expect(LOGIN, Actor.WARGA)
                .expect(404, Actor.PLD)
                .others(200));
        rows.add(page("GET", "/kapasitas/lembaga/{kode}", "/kapasitas/lembaga/351708")
                .expect(LOGIN, Actor.WARGA)
                .others(200));
        rows.add(page("GET", "/kapasitas/lembaga/{kode}/{id}", lembagaCukir + "/" + lpm)
                .expect(LOGIN, Actor.WARGA)
                .expect(404, Actor.PLD)
                .others(200));
        for (String[] post : new String[][] {
            {"/kapasitas/lembaga/{kode}", lembagaCukir},
            {"/kapasitas/lembaga/{kode}/fasilitas", lembagaCukir + "/fasilitas"},
            {"/kapasitas/lembaga/{kode}/{id}/anggota", lembagaCukir + "/" + lpm + "/anggota"},
            {"/kapasitas/lembaga/{kode}/{id}/kegiatan", lembagaCukir + "/" + lpm + "/kegiatan"}
        }) {
            rows.add(page("POST", post[0], post[1])
                    .expect(LOGIN, Actor.WARGA)
                    .expect(404, Actor.PLD)
                    .expect(403, Actor.MITRA, Actor.CAMAT, Actor.TA)
                    .others(422));
        }
        rows.add(api(
                        "GET",
                        "/api/v1/kapasitas/kaderisasi/{kodeDesa}/{bulan}",
                        "/api/v1/kapasitas/kaderisasi/3517082007/2026-11")
                .expect(401, Actor.WARGA)
                .expect(404, Actor.PLD)
                .others(200));
        // BUMDes: a desa's BUMDes read in scope and recorded by the village and PLD/PD/admins; the
        // ranking of a region by those whose scope covers it.
        long bumdes = jdbc.sql("SELECT MIN(id) FROM bumdes WHERE kode_desa = '3517082007'")
                .query(Long.class)
                .single();
        rows.add(page("GET", "/ekonomi", "/ekonomi").expect(LOGIN, Actor.WARGA).others(302));
        rows.add(page("GET", "/ekonomi/bumdes/{kode}", "/ekonomi/bumdes/3517082007")
                .expect(LOGIN, Actor.WARGA)
                .expect(404, Actor.PLD)
                .others(200));
        rows.add(page("POST", "/ekonomi/bumdes/{kode}", "/ekonomi/bumdes/3517082007")
                .expect(LOGIN, Actor.WARGA)
                .expect(404, Actor.PLD)
                .expect(403, Actor.MITRA, Actor.CAMAT, Actor.TA)
                .others(422));
        rows.add(page("GET", "/ekonomi/bumdes/{kode}/{id}", "/ekonomi/bumdes/3517082007/" + bumdes)
                .expect(LOGIN, Actor.WARGA)
                .expect(404, Actor.PLD)
                .others(200));
        rows.add(page("POST", "/ekonomi/bumdes/{kode}/{id}/{aksi}", "/ekonomi/bumdes/3517082007/" + bumdes + "/unit")
                .expect(LOGIN, Actor.WARGA)
                .expect(404, Actor.PLD)
                .expect(403, Actor.MITRA, Actor.CAMAT, Actor.TA)
                .others(422));
        rows.add(page("GET", "/ekonomi/potensi/{kode}", "/ekonomi/potensi/3517082007")
                .expect(LOGIN, Actor.WARGA)
                .expect(404, Actor.PLD)
                .others(200));
        rows.add(page("GET", "/ekonomi/potensi/{kode}", "/ekonomi/potensi/351708")
                .expect(LOGIN, Actor.WARGA)
                .expect(404, Actor.KPMD, Actor.PEMDES, Actor.PLD, Actor.MITRA)
                .others(200));
        rows.add(page("POST", "/ekonomi/potensi/{kode}", "/ekonomi/potensi/3517082007")
                .expect(LOGIN, Actor.WARGA)
                .expect(404, Actor.PLD)
                .expect(403, Actor.MITRA, Actor.CAMAT, Actor.TA)
                .others(422));
        // Small businesses, products, incubation (demo: Cukir's businesses, two products, one programme).
        long usaha = jdbc.sql("SELECT MIN(id) FROM umkm WHERE kode_desa = '3517082007'")
                .query(Long.class)
                .single();
        long barang = jdbc.sql("SELECT MIN(id) FROM produk_desa WHERE kode_desa = '3517082007'")
                .query(Long.class)
                .single();
        long program = jdbc.sql("SELECT MIN(id) FROM inkubasi WHERE kode_desa = '3517082007'")
                .query(Long.class)
                .single();
        for (String path : new String[] {
            "/ekonomi/umkm/3517082007",
            "/ekonomi/produk/3517082007",
            "/ekonomi/inkubasi/3517082007",
            "/ekonomi/inkubasi/3517082007/" + program
        }) {
            rows.add(page(
                            "GET",
                            path.startsWith("/ekonomi/umkm")
                                    ? "/ekonomi/umkm/{kode}"
                                    : path.startsWith("/ekonomi/produk")
                                            ? "/ekonomi/produk/{kode}"
                                            : path.endsWith("/" + program)
                                                    ? "/ekonomi/inkubasi/{kode}/{id}"
                                                    : "/ekonomi/inkubasi/{kode}",
                            path)
                    .expect(LOGIN, Actor.WARGA)
                    .expect(404, Actor.PLD)
                    .others(200));
        }
        rows.add(page("GET", "/ekonomi/umkm/{kode}", "/ekonomi/umkm/351708")
                .expect(LOGIN, Actor.WARGA)
                .expect(404, Actor.KPMD, Actor.PEMDES, Actor.PLD, Actor.MITRA)
                .others(200));
        String[][] writes = {
            {"/ekonomi/umkm/{kode}", "/ekonomi/umkm/3517082007"},
            {"/ekonomi/umkm/{kode}/{id}", "/ekonomi/umkm/3517082007/" + usaha},
            {"/ekonomi/produk/{kode}", "/ekonomi/produk/3517082007"},
            {"/ekonomi/produk/{kode}/{id}", "/ekonomi/produk/3517082007/" + barang},
            {"/ekonomi/produk/{kode}/{id}/mitra", "/ekonomi/produk/3517082007/" + barang + "/mitra"},
            {"/ekonomi/inkubasi/{kode}", "/ekonomi/inkubasi/3517082007"},
            {"/ekonomi/inkubasi/{kode}/{id}/peserta", "/ekonomi/inkubasi/3517082007/" + program + "/peserta"},
            {"/ekonomi/inkubasi/{kode}/{id}/akhir", "/ekonomi/inkubasi/3517082007/" + program + "/akhir"},
            {"/ekonomi/inkubasi/{kode}/{id}/sesi", "/ekonomi/inkubasi/3517082007/" + program + "/sesi"}
        };
        for (String[] w : writes) {
            rows.add(page("POST", w[0], w[1])
                    .expect(LOGIN, Actor.WARGA)
                    .expect(404, Actor.PLD)
                    .expect(403, Actor.CAMAT)
                    .others(422));
        }
        rows.add(page("GET", "/desa/{kode}/produk", "/desa/3517082007/produk").others(200));
        // The demo products carry no photo: asking for one is 404 for everyone.
        rows.add(page("GET", "/desa/{kode}/produk/{id}/foto", "/desa/3517082007/produk/" + barang + "/foto")
                .others(404));
        rows.add(page("GET", "/ekonomi/peringkat/{kode}", "/ekonomi/peringkat/351708")
                .expect(LOGIN, Actor.WARGA)
                .expect(404, Actor.KPMD, Actor.PEMDES, Actor.PLD, Actor.MITRA)
                .others(200));
        // Cooperation: a desa's page and one agreement read by anyone whose scope covers a desa taking
        // part; recorded by the initiating desa's government, KPMD and PLD/PD/admins. The BKAD of a
        // kecamatan read by its users and member villages, recorded at kecamatan level.
        long kerjasama = jdbc.sql(
                        "SELECT MIN(id) FROM kerjasama WHERE kode_desa = '3517082007' AND status = 'DITANDATANGANI'")
                .query(Long.class)
                .single();
        long tindakLanjut = jdbc.sql("SELECT MIN(t.id) FROM kerjasama_tindak_lanjut t JOIN kerjasama_refleksi r"
                        + " ON r.id = t.refleksi_id WHERE r.kerjasama_id = :k")
                .param("k", kerjasama)
                .query(Long.class)
                .single();
        long bkadDiwek = jdbc.sql("SELECT MIN(id) FROM kerjasama_bkad WHERE kode_kecamatan = '351708'")
                .query(Long.class)
                .single();
        rows.add(page("GET", "/kerjasama", "/kerjasama")
                .expect(LOGIN, Actor.WARGA)
                .others(302));
        rows.add(page("GET", "/kerjasama/{kode}", "/kerjasama/3517082007")
                .expect(LOGIN, Actor.WARGA)
                .expect(404, Actor.PLD)
                .others(200));
        for (String sub : new String[] {"mitra", "baru"}) {
            rows.add(page("POST", "/kerjasama/{kode}/" + sub, "/kerjasama/3517082007/" + sub)
                    .expect(LOGIN, Actor.WARGA)
                    .expect(404, Actor.PLD)
                    .expect(403, Actor.MITRA, Actor.CAMAT, Actor.TA)
                    .others(422));
        }
        String perjanjian = "/kerjasama/perjanjian/" + kerjasama;
        rows.add(page("GET", "/kerjasama/perjanjian/{id}", perjanjian)
                .expect(LOGIN, Actor.WARGA)
                .others(200));
        for (String sub : new String[] {"langkah", "tandatangani", "refleksi"}) {
            rows.add(page("POST", "/kerjasama/perjanjian/{id}/" + sub, perjanjian + "/" + sub)
                    .expect(LOGIN, Actor.WARGA)
                    .expect(403, Actor.PLD, Actor.MITRA, Actor.CAMAT, Actor.TA)
                    .others(422));
        }
        rows.add(page("GET", "/kerjasama/perjanjian/{id}/berkas/{berkasId}", perjanjian + "/berkas/999999")
                .expect(LOGIN, Actor.WARGA)
                .others(404));
        rows.add(page(
                        "POST",
                        "/kerjasama/tindak-lanjut/{id}/selesai",
                        "/kerjasama/tindak-lanjut/" + tindakLanjut + "/selesai")
                // The first recorder (KPMD) closes the follow-up; for the next ones it is already
                // closed: the agreement's page again with the reason, 409.
                .expect(LOGIN, Actor.WARGA)
                .expect(403, Actor.PLD, Actor.MITRA, Actor.CAMAT, Actor.TA)
                .expect(302, Actor.KPMD)
                .others(409));
        rows.add(page("GET", "/kerjasama/bkad/{kode}", "/kerjasama/bkad/351708")
                .expect(LOGIN, Actor.WARGA)
                .others(200));
        rows.add(page("POST", "/kerjasama/bkad/{kode}", "/kerjasama/bkad/351708")
                .expect(LOGIN, Actor.WARGA)
                .expect(403, Actor.KPMD, Actor.PEMDES, Actor.PLD, Actor.MITRA)
                .others(422));
        rows.add(page(
                        "POST",
                        "/kerjasama/bkad/{kode}/{id}/pengurus",
                        "/kerjasama/bkad/351708/" + bkadDiwek + "/pengurus")
                .expect(LOGIN, Actor.WARGA)
                .expect(403, Actor.KPMD, Actor.PEMDES, Actor.PLD, Actor.MITRA)
                .others(422));
        // Dashboards: a region inside the caller's scope (Diwek for the kecamatan and kabupaten roles and
        // the province admin; village roles and the PLD see their own villages only), exports alike.
        rows.add(api("GET", "/api/v1/dasbor/{kode}", "/api/v1/dasbor/351708")
                .expect(401, Actor.WARGA)
                .expect(404, Actor.KPMD, Actor.PEMDES, Actor.PLD, Actor.MITRA)
                .others(200));
        rows.add(api("GET", "/api/v1/dasbor/{kode}", "/api/v1/dasbor/3517082007")
                .expect(401, Actor.WARGA)
                .expect(404, Actor.PLD)
                .others(200));
        rows.add(page("GET", "/dasbor", "/dasbor").expect(LOGIN, Actor.WARGA).others(302));
        for (String suffix : new String[] {"", ".csv", ".xlsx", ".pdf"}) {
            rows.add(page("GET", "/dasbor/{kode}" + suffix, "/dasbor/351708" + suffix)
                    .expect(LOGIN, Actor.WARGA)
                    .expect(404, Actor.KPMD, Actor.PEMDES, Actor.PLD, Actor.MITRA)
                    .others(200));
        }
        // Field work: every signed-in role has the page (with the forms its role fills, maybe none),
        // the list the phone keeps and the session check; the manifest and the service worker are public.
        rows.add(
                page("GET", "/lapangan", "/lapangan").expect(LOGIN, Actor.WARGA).others(200));
        rows.add(page("GET", "/lapangan/formulir.json", "/lapangan/formulir.json")
                .expect(LOGIN, Actor.WARGA)
                .others(200));
        rows.add(page("GET", "/lapangan/sesi", "/lapangan/sesi")
                .expect(LOGIN, Actor.WARGA)
                .others(200));
        // The public trace: anyone, without logging in; an unknown desa is 404 for everyone.
        rows.add(page("GET", "/jejak/{kode}/{tahun}", "/jejak/3517082007/2022").others(200));
        rows.add(page("GET", "/jejak/{kode}/{tahun}", "/jejak/3201/2022").others(404));
        // IDM pages: the desa's result, what-if and questionnaire within scope; the review by PLD/PD.
        String desaIdm = "/indeks/desa/3517082001";
        rows.add(page("GET", "/indeks/desa/{kode}", desaIdm)
                .expect(LOGIN, Actor.WARGA)
                .expect(404, Actor.KPMD, Actor.PEMDES, Actor.MITRA)
                .others(200));
        rows.add(page("GET", "/indeks/desa/{kode}/indeks-desa", desaIdm + "/indeks-desa")
                .expect(LOGIN, Actor.WARGA)
                .expect(404, Actor.KPMD, Actor.PEMDES, Actor.MITRA)
                .others(200));
        rows.add(page("GET", "/indeks/desa/{kode}/skor/{indeks}", desaIdm + "/skor/INDEKS_DESA")
                .expect(LOGIN, Actor.WARGA)
                .expect(404, Actor.KPMD, Actor.PEMDES, Actor.MITRA)
                .others(200));
        for (String method : new String[] {"GET", "POST"}) {
            rows.add(page(method, "/indeks/desa/{kode}/{tahun}/simulasi", desaIdm + "/2021/simulasi?s01=4")
                    .expect(LOGIN, Actor.WARGA)
                    .expect(404, Actor.KPMD, Actor.PEMDES, Actor.MITRA)
                    .others(200));
        }
        String form = "/indeks/kuesioner/3517082001/2021";
        rows.add(page("GET", "/indeks/kuesioner/{kode}/{tahun}", form)
                .expect(LOGIN, Actor.WARGA)
                .expect(404, Actor.KPMD, Actor.PEMDES, Actor.MITRA)
                .others(200));
        rows.add(page("POST", "/indeks/kuesioner/{kode}/{tahun}", form + "?aksi=simpan")
                .expect(LOGIN, Actor.WARGA)
                .expect(404, Actor.KPMD, Actor.PEMDES)
                .expect(302, Actor.PLD)
                .others(403));
        rows.add(page("POST", "/indeks/kuesioner/{kode}/{tahun}/nilai", form + "/nilai")
                .expect(LOGIN, Actor.WARGA)
                .expect(404, Actor.KPMD, Actor.PEMDES, Actor.MITRA)
                .others(200));
        rows.add(page("POST", "/indeks/kuesioner/{kode}/{tahun}/tinjau", form + "/tinjau?setujui=false")
                .expect(LOGIN, Actor.WARGA)
                .expect(422, Actor.PLD, Actor.PD)
                .others(403));
        for (String suffix : new String[] {"", ".xlsx"}) {
            rows.add(page("GET", "/indeks/rekap" + suffix, "/indeks/rekap" + suffix)
                    .expect(LOGIN, Actor.WARGA)
                    .others(200));
        }
        rows.add(page("GET", "/indeks/rekap", "/indeks/rekap?wilayah=3201")
                .expect(LOGIN, Actor.WARGA)
                .others(404));
        rows.add(page("GET", "/indeks/impor", "/indeks/impor")
                .expect(LOGIN, Actor.WARGA)
                .expect(200, Actor.ADMIN)
                .others(403));
        rows.add(withBody(page("POST", "/indeks/impor", "/indeks/impor"), "MULTIPART:berkas:" + idmCsv)
                .expect(LOGIN, Actor.WARGA)
                .expect(302, Actor.ADMIN)
                .others(403));
        rows.add(page("GET", "/indeks/impor/{id}", "/indeks/impor/999999")
                .expect(LOGIN, Actor.WARGA)
                .expect(404, Actor.ADMIN)
                .others(403));
        rows.add(api("GET", "/api/v1/tugas/{id}", "/api/v1/tugas/999999")
                .expect(401, Actor.WARGA)
                .others(404));
        // Operators: health is public, metrics are for ADMIN.
        rows.add(api("GET", "/actuator/health", "/actuator/health").others(200));
        rows.add(api("GET", "/actuator/prometheus", "/actuator/prometheus")
                .expect(401, Actor.WARGA)
                .expect(200, Actor.ADMIN)
                .others(403));
        return rows;
    }

    Stream<Arguments> calls() {
        return rows().stream()
                .flatMap(row ->
                        row.expected().entrySet().stream().map(e -> Arguments.of(row, e.getKey(), e.getValue())));
    }

    @ParameterizedTest(name = "{1} {0} → {2}")
    @MethodSource("calls")
    void each_role_gets_what_its_role_and_scope_allow(Row row, Actor actor, int expected) throws Exception {
        String path = row.path();
        String body = row.body() == null
                ? null
                : row.body().replace("%s", actor.name().toLowerCase() + System.nanoTime());
        org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?> request =
                MockMvcRequestBuilders.request(HttpMethod.valueOf(row.method()), path);
        if (body != null && body.startsWith("MULTIPART:")) {
            String[] part = body.split(":", 3);
            request = MockMvcRequestBuilders.multipart(path)
                    .file(new org.springframework.mock.web.MockMultipartFile(
                            part[1], "berkas.csv", "text/csv", part[2].getBytes(StandardCharsets.UTF_8)));
        } else if ("MULTIPART".equals(body)) {
            request = MockMvcRequestBuilders.multipart(path)
                    .file(new org.springframework.mock.web.MockMultipartFile(
                            "foto", "foto.jpg", "image/jpeg", id.pandudesa.support.TestImages.jpeg(64, 48)));
        } else if (body != null && body.startsWith("ZIP:")) {
            request = MockMvcRequestBuilders.request(HttpMethod.valueOf(row.method()), path)
                    .contentType("application/zip")
                    .content(body.substring(4));
        } else if (body != null && body.startsWith("CSV:")) {
            request = MockMvcRequestBuilders.request(HttpMethod.valueOf(row.method()), path)
                    .contentType("text/csv")
                    .content(body.substring(4));
        } else if (body != null) {
            request = MockMvcRequestBuilders.request(HttpMethod.valueOf(row.method()), path)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body);
        }
        if (actor != Actor.WARGA) {
            request.with(
                    row.page()
                            ? user(users.loadUserByUsername(actor.username))
                            : httpBasic(actor.username, "pandu-demo"));
        }
        if (row.page() && !"GET".equals(row.method())) {
            request.with(csrf());
        }
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).as("%s as %s", row, actor).isEqualTo(expected);
        if (expected == LOGIN && actor == Actor.WARGA && row.page()) {
            assertThat(result.getResponse().getRedirectedUrl()).endsWith("/masuk");
        }
    }

    @Test
    void a_village_profile_shows_its_people_only_to_users_whose_scope_covers_it() throws Exception {
        for (Actor actor : NON_ADMIN) {
            String html = mvc.perform(MockMvcRequestBuilders.get("/wilayah/3517082001")
                            .with(user(users.loadUserByUsername(actor.username))))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            boolean covers = Set.of(Actor.PLD, Actor.PD, Actor.CAMAT, Actor.TA).contains(actor);
            assertThat(html.contains("Sri Wahyuni"))
                    .as("KPMD of Kayangan shown to %s", actor)
                    .isEqualTo(covers);
        }
    }

    @Test
    void every_mapped_endpoint_is_in_the_matrix() {
        Set<String> covered = new TreeSet<>();
        rows().forEach(r -> covered.add(r.method() + " " + r.pattern()));
        Set<String> mapped = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e :
                mappings.getHandlerMethods().entrySet()) {
            String type = e.getValue().getBeanType().getName();
            if (!type.startsWith("id.pandudesa.")) {
                continue;
            }
            for (String pattern : e.getKey().getPatternValues()) {
                e.getKey().getMethodsCondition().getMethods().forEach(m -> mapped.add(m.name() + " " + pattern));
            }
        }
        assertThat(covered)
                .as("endpoints of the application with a row in the matrix")
                .containsAll(mapped);
    }

    private long idOf(String username) {
        return jdbc.sql("SELECT id FROM pengguna WHERE username = :u")
                .param("u", username)
                .query(Long.class)
                .single();
    }
}
