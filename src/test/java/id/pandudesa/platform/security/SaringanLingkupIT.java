package id.pandudesa.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.pandudesa.support.PanduIntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A list filtered by a desa outside the caller's scope answers 404 in every module, as the scope
 * rule says (never an empty 200 that confirms the filter was understood), while the same list
 * filtered by one of the caller's own villages answers 200. pld.diwek1 has Kayangan, Puton and
 * Bendet; Cukir (3517082007) is a neighbour outside that scope, 3201022001 lies in West Java.
 */
@PanduIntegrationTest
class SaringanLingkupIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "/pendampingan?desa=",
                "/pendampingan/ekspor.csv?desa=",
                "/pendampingan/ekspor.xlsx?desa=",
                "/musyawarah?desa=",
                "/pengaduan/kelola?desa=",
                "/perencanaan?desa=",
                "/perencanaan/apbdes?desa=",
                "/pelaksanaan?desa=",
                "/api/v1/pendampingan/kegiatan?desa="
            })
    void a_list_filtered_by_a_village_outside_the_scope_is_404_and_by_an_own_village_shown(String list)
            throws Exception {
        for (String outside : new String[] {"3517082007", "3201022001", "35.17.08.2007"}) {
            int status = call(list + outside);
            assertThat(status).as("%s%s", list, outside).isEqualTo(404);
        }
        assertThat(call(list + "3517082001")).as("%s own village", list).isIn(200, 302);
    }

    private int call(String path) throws Exception {
        var request = get(path);
        request = path.startsWith("/api/")
                ? request.with(httpBasic("pld.diwek1", "pandu-demo"))
                : request.with(user(users.loadUserByUsername("pld.diwek1")));
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    @org.junit.jupiter.api.Test
    void the_log_and_complaint_lists_take_a_region_that_shares_villages_with_the_scope() throws Exception {
        // Dashboards link to these lists per region: Kecamatan Diwek holds pld.diwek1's three villages.
        assertThat(call("/pendampingan?desa=351708")).isEqualTo(200);
        assertThat(call("/pengaduan/kelola?desa=35.17.08")).isEqualTo(200);
        assertThat(call("/pendampingan?desa=3201")).isEqualTo(404);
    }
}
