package id.pandudesa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(PanduDesaApplication.class);

    @Test
    void modules_use_each_other_only_through_their_public_api() {
        modules.verify();
    }

    @Test
    void module_diagrams_are_written_for_the_docs() throws IOException {
        Path folder = Path.of("target", "modulith-docs");
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(folder.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();

        Path overview = folder.resolve("components.puml");
        assertThat(overview).exists();
        String diagram = Files.readString(overview);
        // Every module appears in the overview, and each has its own diagram.
        for (ApplicationModule module : modules) {
            assertThat(diagram).as("overview names %s", module.getDisplayName()).contains(module.getDisplayName());
        }
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.filter(p -> p.getFileName().toString().startsWith("module-"))
                            .count())
                    .isEqualTo(modules.stream().count());
        }
    }
}
