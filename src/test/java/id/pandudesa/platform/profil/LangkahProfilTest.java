package id.pandudesa.platform.profil;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** Demo and generator steps run only under their profile, decided when the app starts. */
class LangkahProfilTest {

    static final class Demo extends LangkahDemo {
        final AtomicInteger jalan = new AtomicInteger();

        @Override
        protected void jalankan() {
            jalan.incrementAndGet();
        }
    }

    static final class Generator extends LangkahGenerator {
        final AtomicInteger jalan = new AtomicInteger();

        @Override
        protected void jalankan() {
            jalan.incrementAndGet();
        }
    }

    @Test
    void each_step_runs_under_its_own_profile_only() throws Exception {
        MockEnvironment env = new MockEnvironment();
        env.setActiveProfiles("postgres", "demo");
        Demo demo = new Demo();
        Generator generator = new Generator();
        demo.setEnvironment(env);
        generator.setEnvironment(env);
        demo.run(null);
        generator.run(null);
        assertThat(demo.jalan).hasValue(1);
        assertThat(generator.jalan).hasValue(0);

        MockEnvironment produksi = new MockEnvironment();
        produksi.setActiveProfiles("postgres");
        Demo lagi = new Demo();
        lagi.setEnvironment(produksi);
        lagi.run(null);
        assertThat(lagi.jalan).hasValue(0);
    }
}
