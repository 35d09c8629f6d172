package org.osdkit.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules are not vacuous: applied to fixture classes that break them on purpose (a drivers class
 * importing a web class, core importing drivers, a port naming its JDBC adapter, a front-end past the
 * storage factory, Guice in an API class, a stray System.out...), each one fails, and names the class.
 */
class ArchitectureRulesFailTest {

    private static final String ROOT = "org.osdkit.cli.archfixture";
    /** What the fixture's modules would export: everything but {@code drivers.internal}. */
    private static final Set<String> EXPORTED = Set.of(ROOT + ".core", ROOT + ".drivers", ROOT + ".drivers.catalog",
            ROOT + ".drivers.jdbc", ROOT + ".drivers.guice", ROOT + ".web");
    private static JavaClasses fixtures;
    private final ArchitectureRules rules = new ArchitectureRules(ROOT, EXPORTED);

    @BeforeAll
    static void importFixtures() {
        fixtures = new ClassFileImporter().importPackages(ROOT);
    }

    private static String failure(ArchRule rule) {
        return assertThrows(AssertionError.class, () -> rule.check(fixtures)).getMessage();
    }

    @Test
    void aDriversClassImportingAWebClassBreaksTheDomainRule() {
        String e = failure(rules.domainsDependOnlyOnCore());
        assertTrue(e.contains("archfixture.drivers.DriverScreen"), e);
        assertTrue(e.contains("archfixture.web.WebPage"), e);
    }

    @Test
    void coreImportingADomainBreaksTheCoreRule() {
        String e = failure(rules.coreDependsOnNothingOfOurs());
        assertTrue(e.contains("archfixture.core.CoreThing"), e);
    }

    @Test
    void aFrontEndUsingAPackageItsModuleDoesNotExportIsFound() {
        String e = failure(rules.frontEndsUseOnlyExportedPackages());
        assertTrue(e.contains("archfixture.cli.ScanCommand"), e);
        assertTrue(e.contains("archfixture.drivers.internal.InfReader"), e);
        // drivers.jdbc is exported: what the front-end takes from it is the next rule's business.
        assertFalse(e.contains("JdbcDriverCatalog"), e);
    }

    @Test
    void aFrontEndUsingAJdbcAdapterInsteadOfTheStorageFactoryIsFound() {
        String e = failure(rules.frontEndsUseOfJdbcOnlyTheStorageFactory());
        assertTrue(e.contains("archfixture.cli.ScanCommand"), e);
        assertTrue(e.contains("archfixture.drivers.jdbc.JdbcDriverCatalog"), e);
        assertFalse(e.contains("DriversStorage"), e);
    }

    @Test
    void aPublicJdbcAdapterBesideTheStorageFactoryIsFound() {
        String e = failure(rules.jdbcPackagesExposeOnlyTheirStorageFactory());
        assertTrue(e.contains("archfixture.drivers.jdbc.JdbcDriverCatalog"), e);
        assertFalse(e.contains("DriversStorage"), e);
    }

    @Test
    void anApiClassNamingItsJdbcAdapterOrItsGuiceModuleIsFound() {
        String e = failure(rules.apiNeverDependsOnJdbcOrGuice());
        assertTrue(e.contains("archfixture.drivers.DriverPort"), e);
        assertTrue(e.contains("archfixture.drivers.catalog.DriverCatalog"), e);
        assertTrue(e.contains("archfixture.drivers.guice.DriversModule"), e);
    }

    @Test
    void guiceOutsideAGuicePackageAndTheFrontEndsIsFound() {
        String e = failure(rules.guiceOnlyInGuicePackagesAndFrontEnds());
        assertTrue(e.contains("archfixture.drivers.catalog.DriverCatalog"), e);
        assertTrue(e.contains("com.google.inject.Inject"), e);
        assertFalse(e.contains("<" + ROOT + ".drivers.guice.DriversModule>"), e);
    }

    @Test
    void anInternalPackageAndAnInternalClassAreFound() {
        String e = failure(rules.noInternalPackagesOrClasses());
        assertTrue(e.contains("archfixture.drivers.internal.InfReader"), e);
        assertTrue(e.contains("archfixture.core.CoreInternals"), e);
    }

    @Test
    void webDependingOnCliIsFound() {
        String e = failure(rules.webNeverDependsOnCli());
        assertTrue(e.contains("archfixture.web.CliBridge"), e);
    }

    @Test
    void aCycleBetweenModulesIsFound() {
        String e = failure(rules.noPackageCycles());
        assertTrue(e.contains("Cycle"), e);
        assertTrue(e.contains("DriverScreen") && e.contains("WebPage"), e);
    }

    /** The circle the old rule exempted: a module's top package and one of its own sub-packages. */
    @Test
    void aCycleBetweenAModulesTopPackageAndItsJdbcPackageIsFound() {
        String e = failure(rules.noPackageCycles());
        assertTrue(e.contains("Slice drivers.jdbc"), e);
        assertTrue(e.contains("DriverPort") && e.contains("JdbcDriverCatalog"), e);
    }

    @Test
    void printingToSystemOutOutsideThePrinterIsFound() {
        String e = failure(rules.onlyThePrinterWritesToStandardStreams());
        assertTrue(e.contains("System.out"), e);
    }
}
