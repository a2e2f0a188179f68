package id.pandudesa.platform.replika;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.pandudesa.support.Halaman;
import id.pandudesa.support.PanduIntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.LocalDate;
import java.time.ZoneId;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The whole app with a read replica configured. The "standby" is the same database reached
 * through a second pool; on PostgreSQL that pool's sessions are read-only ({@code
 * default_transaction_read_only}), as a hot standby's are, so a write sent there by mistake fails
 * the page. Dashboards, exports and the public board read through it; other work does not.
 */
@PanduIntegrationTest
@Tag("db")
class ReplikaIT {

    static final String H2 = "jdbc:h2:mem:pandu-replika-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";

    @DynamicPropertySource
    static void replika(DynamicPropertyRegistry r) {
        boolean postgres = "postgres".equals(System.getProperty("pandu.test.db"));
        if (postgres) {
            r.add(
                    "pandu.replika.url",
                    () -> System.getProperty("spring.datasource.url")
                            + "&options=-c%20default_transaction_read_only%3Don");
        } else {
            r.add("spring.datasource.url", () -> H2);
            r.add("pandu.replika.url", () -> H2);
            r.add("pandu.replika.lag-sql", () -> "SELECT 0");
        }
        r.add("pandu.replika.periksa", () -> "0s");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    Halaman halaman;

    @Autowired
    MeterRegistry meters;

    @Autowired
    DataSource dataSource;

    double keReplika() {
        return meters.counter("pandu.replika.baca", "sumber", "replika").count();
    }

    double keUtama() {
        return meters.counter("pandu.replika.baca", "sumber", "utama").count();
    }

    @Test
    void dashboards_exports_and_the_board_read_from_the_replica() throws Exception {
        assertThat(dataSource).isInstanceOf(LazyConnectionDataSourceProxy.class);
        double before = keReplika();
        mvc.perform(get("/desa/3517082007")).andExpect(status().isOk());
        double board = keReplika();
        assertThat(board).as("the public board").isGreaterThan(before);

        halaman.html(get("/dasbor/351708"), "camat.diwek");
        halaman.kirim(get("/dasbor/351708.xlsx"), "camat.diwek").andExpect(status().isOk());
        halaman.kirim(get("/api/v1/dasbor/351708"), "camat.diwek").andExpect(status().isOk());
        halaman.kirim(get("/pendampingan/ekspor.csv").param("desa", "3517082001"), "pld.diwek1")
                .andExpect(status().isOk());
        halaman.html(get("/indeks/rekap"), "camat.diwek");
        assertThat(keReplika()).as("dashboards and exports").isGreaterThan(board);
        assertThat(keUtama()).as("the standby was fit every time").isZero();
    }

    @Test
    void other_work_writes_and_reads_on_the_primary() throws Exception {
        double before = keReplika();
        String today = LocalDate.now(ZoneId.of("Asia/Jakarta")).toString();
        mvc.perform(post("/api/v1/pendampingan/kegiatan")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"tanggal\":\"" + today + "\",\"kodeDesa\":\"3517082001\",\"metode\":\"ASISTENSI\","
                                + "\"ruangLingkup\":\"PEMBANGUNAN_DESA\",\"uraian\":\"replika " + System.nanoTime()
                                + "\"}")
                        .with(httpBasic("pld.diwek1", "pandu-demo")))
                .andExpect(status().isCreated());
        halaman.html(get("/pendampingan"), "pld.diwek1");
        assertThat(keReplika()).isEqualTo(before);
    }
}
