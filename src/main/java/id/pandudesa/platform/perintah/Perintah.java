package id.pandudesa.platform.perintah;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.core.env.Environment;

/**
 * An operator's command, {@code --pandu.perintah=<nama>}: the app starts, the command runs, and the
 * process ends with the command's exit code (0 = done). Commands are registered always and pick
 * themselves by the setting when the app starts — not with {@code @ConditionalOnProperty}, which
 * the ahead-of-time processed build would fix when the jar is built. A name no command has stops
 * the start ({@link PeriksaPerintah}).
 */
public abstract class Perintah implements ApplicationRunner, ApplicationContextAware {

    private final String nama;
    private ApplicationContext context;

    /** The setting that names the command of this start. */
    static final String SETELAN = "pandu.perintah";

    @Value("${" + SETELAN + ":}")
    private String diminta;

    protected Perintah(String nama) {
        this.nama = nama;
    }

    /**
     * Whether this start runs a command (the process ends after it): work that serves a running
     * node, such as a background pass, need not begin.
     */
    public static boolean diminta(Environment env) {
        return !env.getProperty(SETELAN, "").isBlank();
    }

    /** The name given with {@code --pandu.perintah}. */
    public final String nama() {
        return nama;
    }

    @Override
    public final void setApplicationContext(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public final void run(ApplicationArguments args) throws Exception {
        if (!nama.equals(diminta)) {
            return;
        }
        int code = jalankan();
        System.exit(SpringApplication.exit(context, () -> code));
    }

    /** The command's work; answers the process's exit code. */
    protected abstract int jalankan() throws Exception;
}
