package org.osdkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The layering rules hold for osdkit's production classes in every module. */
class ArchitectureTest {

    private static final String ROOT = "org.osdkit";
    private static JavaClasses production;
    private static Set<String> exported;

    @BeforeAll
    static void importClasses() {
        // Core's test-jar (scratch databases for the smp process tests) is on the test path as a jar, which
        // DoNotIncludeTests does not recognise: it is left out by name.
        production = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
                .withImportOption(location -> !location.contains("-tests.jar")).importPackages(ROOT);
        exported = exportedPackages(production);
    }

    @Test
    void seesTheClassesOfEveryModule() {
        // A rule over an empty import proves nothing: make sure every module was found.
        for (String module : ArchitectureRules.MODULES) {
            assertTrue(production.stream().anyMatch(c -> c.getPackageName().startsWith(ROOT + "." + module)),
                    "no classes imported from module " + module);
        }
    }

    @Test
    void readsTheExportsOfEveryModuleFromItsModuleInfo() {
        // The exports come from the compiled module-info of each module, not from a list kept here.
        assertTrue(exported.contains("org.osdkit.core"), exported::toString);
        assertTrue(exported.contains("org.osdkit.drivers.jdbc"), exported::toString);
        assertTrue(exported.contains("org.osdkit.web"), exported::toString);
        assertTrue(exported.stream().noneMatch(p -> p.startsWith("org.osdkit.cli")), "cli exports nothing: " + exported);
    }

    @TestFactory
    Stream<DynamicTest> everyRuleHolds() {
        return new ArchitectureRules(ROOT, exported).all().stream()
                .map(rule -> DynamicTest.dynamicTest(rule.getDescription(), () -> rule.check(production)));
    }

    /**
     * The packages every osdkit module exports to everyone (qualified exports left out), read from the
     * module-info of the jar or classes folder each module's classes were imported from.
     */
    private static Set<String> exportedPackages(JavaClasses classes) {
        Set<String> packages = new HashSet<>();
        for (String module : ArchitectureRules.MODULES) {
            String base = ROOT + "." + module;
            JavaClass any = classes.stream().filter(c -> c.getPackageName().startsWith(base)).findFirst()
                    .orElseThrow(() -> new AssertionError("no classes imported from module " + module));
            ModuleDescriptor descriptor = descriptorOf(any.reflect());
            assertEquals(base, descriptor.name(), "module name of " + any.getName());
            packages.addAll(descriptor.exports().stream().filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source)
                    .collect(Collectors.toSet()));
        }
        return packages;
    }

    private static ModuleDescriptor descriptorOf(Class<?> type) {
        if (type.getModule().isNamed()) {
            return type.getModule().getDescriptor();
        }
        try {
            Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            List<ModuleReference> found = List.copyOf(ModuleFinder.of(location).findAll());
            assertEquals(1, found.size(), "one module at " + location);
            return found.get(0).descriptor();
        } catch (URISyntaxException e) {
            throw new AssertionError(e);
        }
    }
}
