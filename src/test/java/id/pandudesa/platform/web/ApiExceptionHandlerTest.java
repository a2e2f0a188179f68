package id.pandudesa.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.CannotCreateTransactionException;

/** A database that is briefly away answers 503 with Retry-After and says nothing was stored. */
class ApiExceptionHandlerTest {

    final ApiExceptionHandler handler = new ApiExceptionHandler(messages());

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource m = new ResourceBundleMessageSource();
        m.setBasename("messages");
        m.setDefaultEncoding("UTF-8");
        m.setFallbackToSystemLocale(false);
        return m;
    }

    @Test
    void a_lost_database_connection_is_503_with_retry_after() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("id"));
        try {
            var request = new MockHttpServletRequest("POST", "/api/v1/pendampingan/kegiatan");
            for (Exception e : new Exception[] {
                new CannotGetJdbcConnectionException("no connection"),
                new CannotCreateTransactionException("no connection"),
                new org.springframework.transaction.TransactionSystemException("JDBC rollback failed")
            }) {
                var answer = handler.databaseUnavailable(e, request);
                assertThat(answer.getStatusCode().value()).isEqualTo(503);
                assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("5");
                assertThat(answer.getBody().getDetail()).contains("Tidak ada yang tersimpan");
                assertThat(answer.getBody().getTitle()).isEqualTo("Layanan sementara tidak tersedia");
            }
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }
}
