package id.pandudesa.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.pandudesa.support.PanduIntegrationTest;
import id.pandudesa.support.Tabel;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Bodies a server must not choke on, sent over real HTTP to the running Tomcat (a mock request
 * would never be parsed the way Tomcat parses it): multipart without a boundary or cut off, more
 * fields than Tomcat takes, a CSV with a quote never closed. Every upload endpoint answers 400, 413
 * or 422 — Problem Details on the API, a page with a way back on pages — stores nothing, and the
 * app stays healthy.
 */
@PanduIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MalformedInputIT {

    private static final String BOUNDARY = "----pandu-uji-7MA4YWxkTrZu0gW";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Tabel tabel;

    long meetingId;
    long entryId;

    @BeforeAll
    void records() {
        meetingId = jdbc.sql("SELECT MIN(id) FROM musyawarah WHERE kode_desa = '3517082007'")
                .query(Long.class)
                .single();
        entryId = jdbc.sql("SELECT MIN(id) FROM kegiatan_pendampingan WHERE penulis = 'pld.diwek1'")
                .query(Long.class)
                .single();
    }

    /** A body and its content type. */
    record Body(String name, String contentType, byte[] bytes) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Body noBoundary() {
        return new Body(
                "multipart without boundary",
                "multipart/form-data",
                ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"uraian\"\r\n\r\nisi\r\n--" + BOUNDARY
                                + "--\r\n")
                        .getBytes(StandardCharsets.UTF_8));
    }

    static Body truncated() {
        return new Body(
                "multipart cut off",
                "multipart/form-data; boundary=" + BOUNDARY,
                ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"uraian\"\r\n\r\nisi\r\n--" + BOUNDARY
                                + "\r\nContent-Disposition: form-data; name=\"foto\"; filename=\"a.jpg\"\r\n"
                                + "Content-Type: image/jpeg\r\n\r\n\u00ff\u00d8\u00ff\u00e0 potongan")
                        .getBytes(StandardCharsets.ISO_8859_1));
    }

    static Body manyFields() {
        String form =
                IntStream.range(0, 1_200).mapToObj(i -> "isian" + i + "=x").collect(Collectors.joining("&"));
        return new Body(
                "1,200 form fields", "application/x-www-form-urlencoded", form.getBytes(StandardCharsets.UTF_8));
    }

    static Body manyParts() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 120; i++) {
            body.append("--")
                    .append(BOUNDARY)
                    .append("\r\nContent-Disposition: form-data; name=\"isian")
                    .append(i)
                    .append("\"\r\n\r\nx\r\n");
        }
        body.append("--").append(BOUNDARY).append("--\r\n");
        return new Body(
                "120 multipart parts",
                "multipart/form-data; boundary=" + BOUNDARY,
                body.toString().getBytes(StandardCharsets.UTF_8));
    }

    Stream<Arguments> apiCases() {
        return Stream.of("/api/v1/pengaduan", "/api/v1/pendampingan/kegiatan/{entry}/foto", "/api/v1/idm/impor")
                .flatMap(path -> Stream.of(noBoundary(), truncated(), manyFields(), manyParts())
                        .map(body -> Arguments.of(path, body)));
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("apiCases")
    void the_api_refuses_an_unreadable_body_with_problem_details(String path, Body body) throws Exception {
        String user = path.contains("/idm/") ? "admin.jatim" : "pld.diwek1";
        long complaints = tabel.baris("pengaduan");
        long files = tabel.baris("berkas");

        HttpResponse<String> answer = send(HttpRequest.newBuilder(uri(path))
                .header("Authorization", basic(user))
                .header("Content-Type", body.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())));

        assertThat(answer.statusCode()).as(answer.body()).isIn(400, 413);
        assertThat(answer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(answer.body()).contains("Tidak ada yang tersimpan");
        assertThat(tabel.baris("pengaduan")).isEqualTo(complaints);
        assertThat(tabel.baris("berkas")).isEqualTo(files);
        assertHealthy();
    }

    Stream<Arguments> pageCases() {
        return Stream.of(
                        "/pengaduan",
                        "/pendampingan/catat",
                        "/pengaduan/kelola/baru",
                        "/musyawarah/{meeting}/tandatangani")
                .flatMap(path -> Stream.of(noBoundary(), truncated(), manyFields(), manyParts())
                        .map(body -> Arguments.of(path, body)));
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("pageCases")
    void a_page_form_with_an_unreadable_body_gets_a_page_saying_so_and_a_way_back(String path, Body body)
            throws Exception {
        Session session = login(path.startsWith("/musyawarah") ? "kpmd.cukir" : "pld.diwek1");
        long complaints = tabel.baris("pengaduan");
        long entries = tabel.baris("kegiatan_pendampingan");

        HttpResponse<String> answer = session.send(HttpRequest.newBuilder(uri(path))
                .header("X-CSRF-TOKEN", session.csrf)
                .header("Referer", "http://localhost:" + port + "/pendampingan/catat")
                .header("Content-Type", body.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())));

        assertThat(answer.statusCode()).as(answer.body()).isIn(400, 413);
        assertThat(answer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(answer.body())
                .contains("Tidak ada yang tersimpan")
                .contains("Kembali ke formulir")
                .contains("href=\"/pendampingan/catat\"");
        assertThat(tabel.baris("pengaduan")).isEqualTo(complaints);
        assertThat(tabel.baris("kegiatan_pendampingan")).isEqualTo(entries);
        assertHealthy();
    }

    @Test
    void a_citizen_sending_the_public_complaint_form_cut_off_gets_the_page_too() throws Exception {
        HttpClient http =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String form = http.send(
                        HttpRequest.newBuilder(uri("/pengaduan?desa=3517082007"))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
        assertThat(token.find()).isTrue();
        long complaints = tabel.baris("pengaduan");

        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(uri("/pengaduan?desa=3517082007"))
                        .header("X-CSRF-TOKEN", token.group(1))
                        .header("Referer", "http://localhost:" + port + "/pengaduan?desa=3517082007")
                        .header("Content-Type", truncated().contentType())
                        .POST(HttpRequest.BodyPublishers.ofByteArray(truncated().bytes()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("Tidak ada yang tersimpan").contains("href=\"/pengaduan?desa=3517082007\"");
        assertThat(tabel.baris("pengaduan")).isEqualTo(complaints);
    }

    @Test
    void an_apbdes_csv_with_a_quote_never_closed_is_refused_whole_on_the_api_and_the_page() throws Exception {
        int year = LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear() + 1;
        long lines = apbdes(year);
        String csv = "kode_kegiatan,kode_rekening,uraian,anggaran\n"
                + ",4.1.1,Hasil usaha desa,1000000\n"
                + "1.1.01,5.1.1.01,\"Penghasilan tetap kepala desa,30000000\n"
                + "1.1.01,5.1.1.02,Tunjangan,1000000\n";

        HttpResponse<String> api = send(HttpRequest.newBuilder(uri("/api/v1/apbdes/3517082007/" + year))
                .header("Authorization", basic("pemdes.cukir"))
                .header("Content-Type", "text/csv")
                .PUT(HttpRequest.BodyPublishers.ofString(csv)));

        assertThat(api.statusCode()).as(api.body()).isEqualTo(422);
        assertThat(api.body()).contains("tanda kutip").contains("baris");
        assertThat(apbdes(year)).isEqualTo(lines);

        Session session = login("pemdes.cukir");
        String multipart =
                "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"berkas\"; filename=\"apbdes.csv\""
                        + "\r\nContent-Type: text/csv\r\n\r\n" + csv + "\r\n--" + BOUNDARY + "--\r\n";
        HttpResponse<String> page =
                session.send(HttpRequest.newBuilder(uri("/perencanaan/apbdes/3517082007/" + year + "/unggah"))
                        .header("X-CSRF-TOKEN", session.csrf)
                        .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                        .POST(HttpRequest.BodyPublishers.ofString(multipart)));
        assertThat(page.statusCode()).isEqualTo(422);
        assertThat(page.body()).contains("tanda kutip");
        assertThat(apbdes(year)).isEqualTo(lines);
    }

    @Test
    void an_api_path_that_does_not_exist_answers_problem_details_404() throws Exception {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/api/v1/tidak-ada/sama-sekali"))
                .header("Authorization", basic("pd.diwek"))
                .GET());

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(answer.body()).contains("\"status\":404");
    }

    // --- helpers

    /** Lines of every version of Cukir's APBDes of the year: a refused upload changes none. */
    private long apbdes(int year) {
        return jdbc.sql("SELECT COUNT(*) FROM apbdes_baris b JOIN apbdes a ON a.id = b.apbdes_id"
                        + " WHERE a.kode_desa = '3517082007' AND a.tahun = :t")
                .param("t", year)
                .query(Long.class)
                .single();
    }

    private void assertHealthy() throws Exception {
        HttpResponse<String> health =
                send(HttpRequest.newBuilder(uri("/actuator/health")).GET());
        assertThat(health.statusCode()).isEqualTo(200);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port
                + path.replace("{entry}", String.valueOf(entryId)).replace("{meeting}", String.valueOf(meetingId)));
    }

    private static String basic(String username) {
        return "Basic "
                + Base64.getEncoder().encodeToString((username + ":pandu-demo").getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }

    /** A signed-in browser: its cookies and the CSRF token its pages carry. */
    record Session(HttpClient http, String csrf) {
        HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }

    private Session login(String username) throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        String loginPage = http.send(
                        HttpRequest.newBuilder(uri("/masuk")).GET().build(), HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage);
        assertThat(token.find()).isTrue();
        String form = "username=" + username + "&password=pandu-demo&_csrf="
                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        String home = http.send(
                        HttpRequest.newBuilder(uri("/masuk"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(form))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher meta = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(home);
        assertThat(meta.find()).as("signed in as %s", username).isTrue();
        return new Session(http, meta.group(1));
    }
}
