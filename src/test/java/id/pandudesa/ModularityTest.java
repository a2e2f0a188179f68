package id.pandudesa;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(PanduDesaApplication.class);

    @Test
    void modules_use_each_other_only_through_their_public_api() {
        modules.verify();
    }

    @Test
    void module_diagrams_are_written_for_the_docs() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("target/modulith-docs"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
    }
}
