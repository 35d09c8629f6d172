package org.osdkit.logs;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module's layering: feature packages that depend one way only, and never on their adapters or wiring. */
class LogsArchitectureTest {

    private static final List<String> PACKAGES = List.of("org.osdkit.logs", "org.osdkit.logs.read", "org.osdkit.logs.filter",
            "org.osdkit.logs.convert", "org.osdkit.logs.merge", "org.osdkit.logs.tail", "org.osdkit.logs.errorcodes",
            "org.osdkit.logs.diagnosis", "org.osdkit.logs.tasksequence", "org.osdkit.logs.timeline", "org.osdkit.logs.jdbc",
            "org.osdkit.logs.guice");

    private static JavaClasses production;

    @BeforeAll
    static void importClasses() {
        production = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests()).importPackages("org.osdkit.logs");
    }

    @Test
    void seesEveryPackage() {
        // A rule over an empty import proves nothing.
        for (String pkg : PACKAGES) {
            assertTrue(production.stream().anyMatch(c -> c.getPackageName().equals(pkg)), "no classes imported from " + pkg);
        }
        assertTrue(production.stream().allMatch(c -> PACKAGES.contains(c.getPackageName())),
                "a package that is not in this test's list: add it, and to the README");
    }

    @Test
    void noPackageCycles() {
        slices().matching("org.osdkit.logs.(**)").should().beFreeOfCycles().check(production);
    }

    @Test
    void theTopPackageDependsOnNoFeature() {
        // The module's error codes sit in the top package, which the slices above may leave out:
        // depending on no feature package, it can be in no cycle.
        noClasses().that().resideInAPackage("org.osdkit.logs")
                .should().dependOnClassesThat().resideInAPackage("org.osdkit.logs.*..")
                .check(production);
    }

    @Test
    void theApiNeverNamesTheJdbcAdaptersOrTheGuiceModule() {
        noClasses().that().resideInAPackage("org.osdkit.logs..").and().resideOutsideOfPackages("..logs.jdbc..", "..logs.guice..")
                .should().dependOnClassesThat().resideInAnyPackage("..logs.jdbc..", "..logs.guice..")
                .check(production);
    }

    @Test
    void onlyTheGuicePackageUsesDependencyInjection() {
        noClasses().that().resideOutsideOfPackage("..logs.guice..")
                .should().dependOnClassesThat().resideInAnyPackage("com.google.inject..", "jakarta.inject..", "javax.inject..")
                .check(production);
    }
}
