package id.pandudesa.platform;

import id.pandudesa.platform.profil.LangkahGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Profile {@code generator}: when every module's generator has run, the process ends. */
@Component
@Order(Integer.MAX_VALUE)
class GeneratorSelesai extends LangkahGenerator {

    private static final Logger log = LoggerFactory.getLogger(GeneratorSelesai.class);
    private final ApplicationContext context;

    GeneratorSelesai(ApplicationContext context) {
        this.context = context;
    }

    @Override
    protected void jalankan() {
        log.info("Generator finished; stopping");
        System.exit(SpringApplication.exit(context, () -> 0));
    }
}
