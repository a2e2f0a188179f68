package id.pandudesa.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.ModelAndView;

/** A page whose database went away answers the 503 page with Retry-After, offering a reload. */
class DatabaseUnavailablePageHandlerTest {

    @Test
    void a_page_during_an_outage_is_the_503_page() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/dasbor/3517");
        MockHttpServletResponse response = new MockHttpServletResponse();
        ModelAndView page = new DatabaseUnavailablePageHandler()
                .databaseUnavailable(new CannotGetJdbcConnectionException("restarting"), request, response);
        assertThat(page.getViewName()).isEqualTo("error/503");
        assertThat(page.getStatus()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(page.getModel()).containsEntry("currentUri", "/dasbor/3517");
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
    }
}
