package id.pandudesa.support;

import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Background jobs in the integration tests: wait until one is done (or 30 s have passed). */
public final class TugasLatar {

    private TugasLatar() {}

    /**
     * The job's final status ({@code SELESAI}, {@code GAGAL}), or {@code BERJALAN} after 30 s.
     *
     * @param location the job's address as a page or the API gives it ({@code …/{id}})
     */
    public static String tunggu(JdbcClient jdbc, String location) throws InterruptedException {
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        String state = "BERJALAN";
        while (state.equals("BERJALAN") && Instant.now().isBefore(until)) {
            Thread.sleep(100);
            state = jdbc.sql("SELECT status FROM tugas_latar WHERE id = :id")
                    .param("id", id)
                    .query(String.class)
                    .single();
        }
        return state;
    }
}
