package id.kinerja;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module boundaries of docs/CODEBASE.md, checked: each module's package-info declares the modules it may
 * use, and only a module's root package is its API. The diagrams and canvases in docs/modules/ come from here.
 * The table declarations ({@link OwnsTables}, {@link FrameworkTables}) are metadata for TableOwnershipTest, not a
 * dependency between modules: left out of the model, or every module would depend on the application's package.
 */
class ModularityTests {

    private static final ApplicationModules MODULES = ApplicationModules.of(KinerjaBotApplication.class,
            belongToAnyOf(OwnsTables.class, FrameworkTables.class));
    private static final Path DOCS = Path.of("docs/modules");

    @Test
    void modules_use_only_the_api_of_the_modules_they_declare() {
        MODULES.verify();
    }

    /**
     * Written to target/ first; a file in docs/modules/ is replaced only when its content changed, since the
     * Documenter writes the same diagram with its lines in a different order on every run.
     */
    @Test
    void writes_the_module_diagram_and_canvases_to_docs_modules() throws IOException {
        Path fresh = Path.of("target/modules");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(fresh.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        Files.createDirectories(DOCS);
        try (Stream<Path> files = Files.list(fresh)) {
            for (Path file : files.toList()) {
                Path committed = DOCS.resolve(file.getFileName());
                if (!Files.exists(committed) || !sortedLines(committed).equals(sortedLines(file))) {
                    Files.copy(file, committed, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static List<String> sortedLines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().sorted().toList();
    }
}
