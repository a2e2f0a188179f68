package id.pandudesa.akun.internal;

import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * First start with no users: creates {@code admin} (national scope) with {@code
 * PANDU_ADMIN_PASSWORD}, or with a one-time password printed to the log that must be changed at
 * first login.
 */
@Component
@Order(20)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final PenggunaRepository users;
    private final PenggunaService service;
    private final String configuredPassword;

    AdminBootstrap(
            PenggunaRepository users,
            PenggunaService service,
            @Value("${pandu.admin-password:}") String configuredPassword) {
        this.users = users;
        this.service = service;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        boolean oneTime = configuredPassword == null || configuredPassword.isBlank();
        String password = oneTime ? generate() : configuredPassword;
        try {
            service.buatAdminAwal(password, oneTime);
        } catch (DataIntegrityViolationException e) {
            log.info("The first admin was created by another node meanwhile");
            return;
        }
        if (oneTime) {
            log.warn(
                    "\n\n  First start: user 'admin' created with the one-time password  {}\n"
                            + "  (it must be changed at first login; set PANDU_ADMIN_PASSWORD to choose it)\n",
                    password);
        } else {
            log.info("First start: user 'admin' created with the password from PANDU_ADMIN_PASSWORD");
        }
    }

    private static String generate() {
        SecureRandom random = new SecureRandom();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }
}
