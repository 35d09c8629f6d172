package org.osdkit.cli;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules are not vacuous: applied to fixture classes that break them on purpose (a drivers class
 * importing a web class, core importing drivers, a cycle, a stray System.out), each one fails.
 */
class ArchitectureRulesFailTest {

    private static final String ROOT = "org.osdkit.cli.archfixture";
    private static JavaClasses fixtures;
    private final ArchitectureRules rules = new ArchitectureRules(ROOT);

    @BeforeAll
    static void importFixtures() {
        fixtures = new ClassFileImporter().importPackages(ROOT);
    }

    @Test
    void aDriversClassImportingAWebClassBreaksTheDomainRule() {
        AssertionError e = assertThrows(AssertionError.class, () -> rules.domainsDependOnlyOnCore().check(fixtures));
        assertTrue(e.getMessage().contains("archfixture.drivers.DriverScreen"), e.getMessage());
        assertTrue(e.getMessage().contains("archfixture.web.WebPage"), e.getMessage());
    }

    @Test
    void coreImportingADomainBreaksTheCoreRule() {
        assertThrows(AssertionError.class, () -> rules.coreDependsOnNothingOfOurs().check(fixtures));
    }

    @Test
    void aFrontEndUsingADomainsInternalClassIsFound() {
        AssertionError e = assertThrows(AssertionError.class, () -> rules.frontEndsNeverReachIntoInternals().check(fixtures));
        assertTrue(e.getMessage().contains("archfixture.cli.ScanCommand"), e.getMessage());
    }

    @Test
    void webDependingOnCliIsFound() {
        AssertionError e = assertThrows(AssertionError.class, () -> rules.webNeverDependsOnCli().check(fixtures));
        assertTrue(e.getMessage().contains("archfixture.web.CliBridge"), e.getMessage());
    }

    @Test
    void aPackageCycleIsFound() {
        AssertionError e = assertThrows(AssertionError.class, () -> rules.noPackageCycles().check(fixtures));
        assertTrue(e.getMessage().contains("Cycle"), e.getMessage());
    }

    @Test
    void printingToSystemOutOutsideThePrinterIsFound() {
        AssertionError e = assertThrows(AssertionError.class, () -> rules.onlyThePrinterWritesToStandardStreams().check(fixtures));
        assertTrue(e.getMessage().contains("System.out"), e.getMessage());
    }
}
