package org.osdkit.drivers;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The drivers module's layout: feature packages without import circles, adapters and wiring kept out of the API. */
class DriversArchitectureTest {

    private static final String[] API = {"org.osdkit.drivers.inf..", "org.osdkit.drivers.catalog..", "org.osdkit.drivers.packages..",
            "org.osdkit.drivers.distribution..", "org.osdkit.drivers.matching.."};

    private static JavaClasses drivers;

    @BeforeAll
    static void importClasses() {
        drivers = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests()).importPackages("org.osdkit.drivers");
    }

    @Test
    void seesEveryPackageOfTheModule() {
        // A rule over an empty import proves nothing.
        for (String feature : List.of("inf", "catalog", "packages", "distribution", "matching", "jdbc", "guice")) {
            assertTrue(drivers.stream().anyMatch(c -> c.getPackageName().equals("org.osdkit.drivers." + feature)), "no classes found in " + feature);
        }
    }

    @Test
    void noTwoPackagesImportEachOther() {
        slices().matching("org.osdkit.drivers.(**)").should().beFreeOfCycles().check(drivers);
    }

    @Test
    void theApiNamesNoAdapterAndNoWiring() {
        noClasses().that().resideInAnyPackage(API).should().dependOnClassesThat().resideInAnyPackage("..drivers.jdbc..", "..drivers.guice..")
                .because("a port never names its adapter, and the API is usable without Guice").check(drivers);
    }

    @Test
    void onlyTheGuicePackageUsesGuice() {
        noClasses().that().resideOutsideOfPackage("org.osdkit.drivers.guice..").should().dependOnClassesThat()
                .resideInAnyPackage("com.google.inject..", "jakarta.inject..")
                .because("Guice is an optional dependency of the module").check(drivers);
    }

    @Test
    void theJdbcAdaptersHideBehindOneFactory() {
        classes().that().resideInAPackage("org.osdkit.drivers.jdbc").and().arePublic().should().haveSimpleName("DriversStorage").check(drivers);
    }
}
