package org.osdkit.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The layering rules hold for osdkit's production classes in every module. */
class ArchitectureTest {

    private static JavaClasses production;

    @BeforeAll
    static void importClasses() {
        // Core's test-jar (scratch databases for the smp process tests) is on the test path as a jar, which
        // DoNotIncludeTests does not recognise: it is left out by name.
        production = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
                .withImportOption(location -> !location.contains("-tests.jar")).importPackages("org.osdkit");
    }

    @Test
    void seesTheClassesOfEveryModule() {
        // A rule over an empty import proves nothing: make sure every module was found.
        for (String module : List.of("core", "drivers", "sites", "statemigration", "logs", "web", "cli")) {
            assertTrue(production.stream().anyMatch(c -> c.getPackageName().startsWith("org.osdkit." + module)),
                    "no classes imported from module " + module);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyRuleHolds() {
        return new ArchitectureRules("org.osdkit").all().stream()
                .map(rule -> DynamicTest.dynamicTest(rule.getDescription(), () -> rule.check(production)));
    }
}
