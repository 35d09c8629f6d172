package org.osdkit.statemigration;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module's layering: its packages import each other in one direction only, and the API never names its adapters or its wiring. */
class ArchitectureTest {

    private static final String MODULE = "org.osdkit.statemigration";
    private static JavaClasses production;

    @BeforeAll
    static void importClasses() {
        production = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests()).importPackages(MODULE);
    }

    @Test
    void seesEveryPackageOfTheModule() {
        // A rule over an empty import proves nothing.
        for (String pkg : List.of("", ".settings", ".associations", ".inventory", ".capacity", ".cleanup", ".health", ".jdbc", ".guice")) {
            assertTrue(production.stream().anyMatch(c -> c.getPackageName().equals(MODULE + pkg)), "no classes imported from " + MODULE + pkg);
        }
    }

    @Test
    void noImportCirclesBetweenTheFeaturePackages() {
        slices().matching(MODULE + ".(**)").should().beFreeOfCycles().check(production);
    }

    @Test
    void noImportCirclesThroughTheTopPackageEither() {
        slices().matching("org.osdkit.(**)").should().beFreeOfCycles().check(production);
    }

    @Test
    void theApiNamesNeitherItsJdbcAdaptersNorItsGuiceWiring() {
        noClasses().that().resideInAPackage(MODULE + "..")
                .and().resideOutsideOfPackages(MODULE + ".jdbc..", MODULE + ".guice..")
                .should().dependOnClassesThat().resideInAnyPackage(MODULE + ".jdbc..", MODULE + ".guice..")
                .check(production);
    }

    @Test
    void theJdbcAdaptersDoNotNeedGuice() {
        noClasses().that().resideInAPackage(MODULE + ".jdbc..")
                .should().dependOnClassesThat().resideInAnyPackage(MODULE + ".guice..", "com.google.inject..", "jakarta.inject..")
                .check(production);
    }

    @Test
    void onlyTheGuicePackageUsesGuice() {
        noClasses().that().resideInAPackage(MODULE + "..").and().resideOutsideOfPackage(MODULE + ".guice..")
                .should().dependOnClassesThat().resideInAnyPackage("com.google.inject..", "jakarta.inject..")
                .check(production);
    }
}
