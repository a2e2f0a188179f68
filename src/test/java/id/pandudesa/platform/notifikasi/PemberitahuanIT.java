package id.pandudesa.platform.notifikasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.pandudesa.akun.Beritahu;
import id.pandudesa.support.Halaman;
import id.pandudesa.support.PanduIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In-app notifications: an event reaches a person once, also when two nodes (here: two threads
 * with their own transactions on the one database) handle it at the same moment; the outbox gets
 * the same text for the contacts of the account; the list, opening one and marking all read.
 */
@PanduIntegrationTest
@Tag("db")
class PemberitahuanIT {

    @Autowired
    Beritahu beritahu;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    private long count(String kunci) {
        return jdbc.sql("SELECT COUNT(*) FROM pemberitahuan WHERE kunci = :k")
                .param("k", kunci)
                .query(Long.class)
                .single();
    }

    @Test
    void an_event_told_twice_or_by_two_nodes_at_once_reaches_each_person_once() throws Exception {
        String kunci = "uji:sekali:" + System.nanoTime();
        long outboxBefore =
                jdbc.sql("SELECT COUNT(*) FROM notifikasi").query(Long.class).single();
        for (int i = 0; i < 2; i++) {
            tx.executeWithoutResult(s -> beritahu.kirim(
                    kunci,
                    List.of("pd.diwek", "camat.diwek"),
                    "pemberitahuan.laporan.disetujui",
                    List.of("2026-11"),
                    "/pendampingan/laporan"));
        }
        assertThat(count(kunci)).isEqualTo(2);
        long outbox =
                jdbc.sql("SELECT COUNT(*) FROM notifikasi").query(Long.class).single() - outboxBefore;
        long contacts = jdbc.sql(
                        "SELECT COUNT(email) + COUNT(telepon) FROM pengguna WHERE username IN ('pd.diwek', 'camat.diwek')")
                .query(Long.class)
                .single();
        assertThat(outbox).as("the outbox once per contact, not per telling").isEqualTo(contacts);

        String race = "uji:balapan:" + System.nanoTime();
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> runs = new ArrayList<>();
        for (int n = 0; n < 2; n++) {
            runs.add(nodes.submit(() -> {
                start.await();
                tx.executeWithoutResult(s -> beritahu.kirim(
                        race,
                        List.of("pd.diwek"),
                        "pemberitahuan.laporan.disetujui",
                        List.of("2026-11"),
                        "/pendampingan/laporan"));
                return null;
            }));
        }
        start.countDown();
        int failed = 0;
        for (Future<?> f : runs) {
            try {
                f.get();
            } catch (java.util.concurrent.ExecutionException e) {
                // The losing node's step fails and rolls back (a unique key), so it is sent again later.
                failed++;
            }
        }
        nodes.shutdown();
        assertThat(count(race)).isEqualTo(1);
        assertThat(failed).isLessThanOrEqualTo(1);
    }

    @Test
    void the_list_opens_a_notification_read_and_marks_all_read() throws Exception {
        String kunci = "uji:baca:" + System.nanoTime();
        tx.executeWithoutResult(s -> beritahu.kirim(
                kunci,
                List.of("kpmd.kayangan"),
                "pemberitahuan.laporan.dikembalikan",
                List.of("2026-10"),
                "/pendampingan/laporan"));
        tx.executeWithoutResult(s -> beritahu.kirim(
                kunci + ":2",
                List.of("kpmd.kayangan"),
                "pemberitahuan.laporan.disetujui",
                List.of("2026-10"),
                "https://contoh.invalid/"));
        Halaman halaman = new Halaman(mvc, users);
        String page = halaman.html(get("/pemberitahuan"), "kpmd.kayangan");
        assertThat(page)
                .contains("Laporan bulanan Anda (2026-10) dikembalikan untuk diperbaiki.", "pemberitahuan-baru");
        long id = jdbc.sql("SELECT id FROM pemberitahuan WHERE kunci = :k")
                .param("k", kunci)
                .query(Long.class)
                .single();
        long other = jdbc.sql("SELECT id FROM pemberitahuan WHERE kunci = :k")
                .param("k", kunci + ":2")
                .query(Long.class)
                .single();
        halaman.kirim(get("/pemberitahuan/" + id), "kpmd.kayangan").andExpect(redirectedUrl("/pendampingan/laporan"));
        halaman.kirim(get("/pemberitahuan/" + other), "kpmd.kayangan").andExpect(redirectedUrl("/pemberitahuan"));
        halaman.kirim(get("/pemberitahuan/" + id), "pld.diwek1").andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM pemberitahuan WHERE username = 'kpmd.kayangan' AND dibaca IS NULL")
                        .query(Long.class)
                        .single())
                .isZero();
        tx.executeWithoutResult(s -> beritahu.kirim(
                kunci + ":3", List.of("kpmd.kayangan"), "pemberitahuan.laporan.disetujui", List.of("2026-09"), null));
        halaman.kirim(post("/pemberitahuan/baca-semua"), "kpmd.kayangan").andExpect(redirectedUrl("/pemberitahuan"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM pemberitahuan WHERE username = 'kpmd.kayangan' AND dibaca IS NULL")
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
