package id.pandudesa.platform.profil;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * A start-up step that belongs to a profile (the demo data, the load generator). It is registered
 * always and runs only when its profile is active: the check is made when the app starts, not with
 * {@code @Profile}, because the ahead-of-time processed build (issue 28: faster starts) fixes the
 * set of beans when the jar is built, while the profile is the operator's choice at launch.
 */
public abstract sealed class LangkahProfil implements ApplicationRunner, EnvironmentAware
        permits LangkahDemo, LangkahGenerator {

    private final String profil;
    private Environment environment;

    LangkahProfil(String profil) {
        this.profil = profil;
    }

    @Override
    public final void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public final void run(ApplicationArguments args) throws Exception {
        if (aktif()) {
            jalankan();
        }
    }

    /** Whether the step's profile is active in this process. */
    protected final boolean aktif() {
        return environment != null && environment.matchesProfiles(profil);
    }

    /** The step's work; tests may call it directly. */
    protected abstract void jalankan() throws Exception;
}
