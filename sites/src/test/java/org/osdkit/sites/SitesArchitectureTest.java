package org.osdkit.sites;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering of the sites module: one-way dependencies between its packages, the API free of adapters and wiring. */
class SitesArchitectureTest {

    private static final String[] API = {"org.osdkit.sites", "org.osdkit.sites.service..", "org.osdkit.sites.controlfile..",
            "org.osdkit.sites.hierarchy..", "org.osdkit.sites.description.."};

    private static JavaClasses production;

    @BeforeAll
    static void importClasses() {
        production = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests()).importPackages("org.osdkit.sites");
    }

    @Test
    void seesEveryPackage() {
        // A rule over an empty import proves nothing.
        for (String pkg : List.of("", ".service", ".controlfile", ".hierarchy", ".description", ".jdbc", ".guice")) {
            assertTrue(production.stream().anyMatch(c -> c.getPackageName().equals("org.osdkit.sites" + pkg)), "no classes in org.osdkit.sites" + pkg);
        }
    }

    @Test
    void noPackageCycles() {
        slices().matching("org.osdkit.sites.(**)").should().beFreeOfCycles().check(production);
        // The same with the top package as a slice of its own, as the whole-project rule sees it.
        slices().matching("org.osdkit.(**)").should().beFreeOfCycles().check(production);
    }

    @Test
    void theApiNamesNoAdapterAndNoWiring() {
        noClasses().that().resideInAnyPackage(API)
                .should().dependOnClassesThat().resideInAnyPackage("org.osdkit.sites.jdbc..", "org.osdkit.sites.guice..")
                .check(production);
    }

    @Test
    void theApiCarriesNoDependencyInjection() {
        noClasses().that().resideInAnyPackage(API).or().resideInAPackage("org.osdkit.sites.jdbc..")
                .should().dependOnClassesThat().resideInAnyPackage("com.google.inject..", "jakarta.inject..")
                .check(production);
    }

    @Test
    void theSharedTopPackageDependsOnNoFeature() {
        noClasses().that().resideInAPackage("org.osdkit.sites")
                .should().dependOnClassesThat().resideInAPackage("org.osdkit.sites.*..")
                .check(production);
    }
}
