package id.kinerja;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module boundaries of docs/ARCHITECTURE.md, checked: each module's package-info declares the modules it may
 * use, and only a module's root package is its API. The diagrams and canvases in docs/modules/ come from here.
 * The table declarations ({@link OwnsTables}, {@link FrameworkTables}) are metadata for TableOwnershipTest, not a
 * dependency between modules: left out of the model, or every module would depend on the application's package.
 */
class ModularityTests {

    private static final ApplicationModules MODULES = ApplicationModules.of(KinerjaBotApplication.class,
            belongToAnyOf(OwnsTables.class, FrameworkTables.class));

    @Test
    void modules_use_only_the_api_of_the_modules_they_declare() {
        MODULES.verify();
    }

    @Test
    void writes_the_module_diagram_and_canvases_to_docs_modules() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
