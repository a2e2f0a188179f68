package id.pandudesa.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.ThreadLocalRandom;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Files a complaint through the public API, as a citizen does (so its identity is stored the way
 * the app stores it: encrypted, with fingerprints), from an address of its own (the hourly limit
 * per address stays out of the way), and returns its id.
 */
public final class AduanUji {

    private AduanUji() {}

    public static long ajukan(MockMvc mvc, JdbcClient jdbc, String desa, String uraian, String nama, String kontak)
            throws Exception {
        String json = "{\"kodeDesa\":\"" + desa + "\",\"kategori\":\"PEMBANGUNAN\",\"uraian\":\"" + uraian + "\""
                + (nama == null ? "" : ",\"nama\":\"" + nama + "\"")
                + (kontak == null ? "" : ",\"kontak\":\"" + kontak + "\"") + "}";
        String body = mvc.perform(post("/api/v1/pengaduan")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json)
                        .with(r -> {
                            r.setRemoteAddr(
                                    "10.8." + ThreadLocalRandom.current().nextInt(256) + "."
                                            + ThreadLocalRandom.current().nextInt(256));
                            return r;
                        }))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String kode = body.replaceAll(".*\"kodeLacak\":\"([^\"]+)\".*", "$1");
        return jdbc.sql("SELECT id FROM pengaduan WHERE kode_lacak = :k")
                .param("k", kode)
                .query(Long.class)
                .single();
    }
}
