package id.pandudesa.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Profile {@code generator}: when every module's generator has run, the process ends. */
@Component
@Profile("generator")
@Order(Integer.MAX_VALUE)
class GeneratorSelesai implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(GeneratorSelesai.class);
    private final ApplicationContext context;

    GeneratorSelesai(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        log.info("Generator finished; stopping");
        System.exit(SpringApplication.exit(context, () -> 0));
    }
}
