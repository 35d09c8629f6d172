package org.osdkit.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The layering of ARCHITECTURE.md as ArchUnit rules, parameterised by the root package and by the
 * packages the modules export, so the same rules can be shown to fail on deliberately broken fixture
 * classes. None of them has an exemption.
 */
final class ArchitectureRules {

    static final List<String> DOMAINS = List.of("drivers", "sites", "statemigration", "logs");
    static final List<String> FRONT_ENDS = List.of("web", "cli");
    static final List<String> MODULES = List.of("core", "drivers", "sites", "statemigration", "logs", "web", "cli");

    private final String root;
    private final Set<String> exported;

    /**
     * @param root     the package every module's packages are under ({@code org.osdkit})
     * @param exported the packages the modules' {@code module-info} export to everyone
     */
    ArchitectureRules(String root, Set<String> exported) {
        this.root = root;
        this.exported = Set.copyOf(exported);
    }

    private String pkg(String module) {
        return root + "." + module + "..";
    }

    ArchRule coreDependsOnNothingOfOurs() {
        List<String> others = new ArrayList<>();
        for (String m : MODULES) {
            if (!m.equals("core")) {
                others.add(pkg(m));
            }
        }
        return noClasses().that().resideInAPackage(pkg("core"))
                .should().dependOnClassesThat().resideInAnyPackage(others.toArray(String[]::new))
                .as("core depends on nothing of ours").allowEmptyShould(true);
    }

    ArchRule domainsDependOnlyOnCore() {
        List<ArchRule> rules = new ArrayList<>();
        for (String domain : DOMAINS) {
            List<String> forbidden = new ArrayList<>(FRONT_ENDS.stream().map(this::pkg).toList());
            DOMAINS.stream().filter(d -> !d.equals(domain)).forEach(d -> forbidden.add(pkg(d)));
            rules.add(noClasses().that().resideInAPackage(pkg(domain))
                    .should().dependOnClassesThat().resideInAnyPackage(forbidden.toArray(String[]::new))
                    .as(domain + " depends only on core").allowEmptyShould(true));
        }
        return CompositeArchRule.of(rules).as("domain modules depend only on core, never on each other or on a front-end");
    }

    /**
     * A front-end sees another module only through what that module's {@code module-info} exports, on
     * the class path as on the module path (where the compiler already refuses the rest).
     */
    ArchRule frontEndsUseOnlyExportedPackages() {
        List<ArchRule> rules = new ArrayList<>();
        for (String frontEnd : FRONT_ENDS) {
            DescribedPredicate<JavaClass> unexported = DescribedPredicate.describe(
                    "are in another module's package that its module-info does not export",
                    c -> c.getPackageName().startsWith(root + ".") && !inModule(c, frontEnd) && !exported.contains(c.getPackageName()));
            rules.add(noClasses().that().resideInAPackage(pkg(frontEnd))
                    .should().dependOnClassesThat(unexported)
                    .as(frontEnd + " uses only the exported packages of the other modules").allowEmptyShould(true));
        }
        return CompositeArchRule.of(rules).as("web and cli use only the packages a module exports");
    }

    /** Of a domain's {@code jdbc} package a front-end needs the storage factory ({@code DriversStorage.jdbc(db)}), never an adapter. */
    ArchRule frontEndsUseOfJdbcOnlyTheStorageFactory() {
        DescribedPredicate<JavaClass> adapter = DescribedPredicate.describe(
                "are in a domain's jdbc package but are not its public storage factory",
                c -> inJdbc(c) && !isStorageFactory(c));
        return noClasses().that().resideInAnyPackage(FRONT_ENDS.stream().map(this::pkg).toArray(String[]::new))
                .should().dependOnClassesThat(adapter)
                .as("web and cli use of a domain's jdbc package only its public storage factory").allowEmptyShould(true);
    }

    /** The adapters of a {@code jdbc} package stay package-private behind one public {@code <Domain>Storage} factory. */
    ArchRule jdbcPackagesExposeOnlyTheirStorageFactory() {
        DescribedPredicate<JavaClass> jdbc = DescribedPredicate.describe("are in a domain's jdbc package", this::inJdbc);
        DescribedPredicate<JavaClass> isPublic = DescribedPredicate.describe("are public", c -> c.getModifiers().contains(JavaModifier.PUBLIC));
        return classes().that(jdbc.and(isPublic))
                .should().haveSimpleNameEndingWith("Storage")
                .as("the only public class of a domain's jdbc package is its storage factory (<Domain>Storage)").allowEmptyShould(true);
    }

    /**
     * A port never names its adapter nor its wiring: the API packages of core and of each domain import
     * nothing from the module's {@code jdbc} or {@code guice} package, and {@code jdbc} nothing from {@code guice}.
     */
    ArchRule apiNeverDependsOnJdbcOrGuice() {
        List<ArchRule> rules = new ArrayList<>();
        for (String module : modulesWithApi()) {
            String base = root + "." + module;
            rules.add(noClasses().that().resideInAPackage(base + "..")
                    .and().resideOutsideOfPackages(base + ".jdbc..", base + ".guice..")
                    .should().dependOnClassesThat().resideInAnyPackage(base + ".jdbc..", base + ".guice..")
                    .as(module + "'s API packages never depend on its jdbc or guice package").allowEmptyShould(true));
            rules.add(noClasses().that().resideInAPackage(base + ".jdbc..")
                    .should().dependOnClassesThat().resideInAPackage(base + ".guice..")
                    .as(module + "'s jdbc package never depends on its guice package").allowEmptyShould(true));
        }
        return CompositeArchRule.of(rules).as("API packages never depend on their module's jdbc or guice package");
    }

    /** Guice is optional for library users: only the {@code guice} packages and the front-ends touch it. */
    ArchRule guiceOnlyInGuicePackagesAndFrontEnds() {
        return noClasses().that().resideOutsideOfPackages(root + "..guice..", pkg("web"), pkg("cli"))
                .should().dependOnClassesThat().resideInAnyPackage("com.google.inject..", "jakarta.inject..", "javax.inject..")
                .as("Guice and jakarta.inject are used only in guice packages, web and cli").allowEmptyShould(true);
    }

    /** Implementations are package-private where they are used; "internal" is no longer a place. */
    ArchRule noInternalPackagesOrClasses() {
        return noClasses().should().resideInAPackage("..internal..")
                .orShould().haveSimpleNameContaining("Internal")
                .as("no package named internal and no class named *Internal*").allowEmptyShould(true);
    }

    ArchRule webNeverDependsOnCli() {
        return noClasses().that().resideInAPackage(pkg("web"))
                .should().dependOnClassesThat().resideInAPackage(pkg("cli"))
                .as("web never depends on cli").allowEmptyShould(true);
    }

    /** No import circle between any two packages, a module's top package and its sub-packages included. */
    ArchRule noPackageCycles() {
        return slices().matching(root + ".(**)").should().beFreeOfCycles().allowEmptyShould(true)
                .as("no import cycles between any two packages");
    }

    ArchRule onlyThePrinterWritesToStandardStreams() {
        return noClasses().that().doNotHaveFullyQualifiedName(root + ".cli.output.Printer")
                .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .as("no System.out/System.err outside the CLI's printer").allowEmptyShould(true);
    }

    List<ArchRule> all() {
        return List.of(coreDependsOnNothingOfOurs(), domainsDependOnlyOnCore(), frontEndsUseOnlyExportedPackages(),
                frontEndsUseOfJdbcOnlyTheStorageFactory(), jdbcPackagesExposeOnlyTheirStorageFactory(), apiNeverDependsOnJdbcOrGuice(),
                guiceOnlyInGuicePackagesAndFrontEnds(), noInternalPackagesOrClasses(), webNeverDependsOnCli(), noPackageCycles(),
                onlyThePrinterWritesToStandardStreams());
    }

    private static List<String> modulesWithApi() {
        List<String> modules = new ArrayList<>(List.of("core"));
        modules.addAll(DOMAINS);
        return modules;
    }

    private boolean inModule(JavaClass c, String module) {
        String base = root + "." + module;
        return c.getPackageName().equals(base) || c.getPackageName().startsWith(base + ".");
    }

    private boolean inJdbc(JavaClass c) {
        return DOMAINS.stream().anyMatch(d -> {
            String jdbc = root + "." + d + ".jdbc";
            return c.getPackageName().equals(jdbc) || c.getPackageName().startsWith(jdbc + ".");
        });
    }

    private static boolean isStorageFactory(JavaClass c) {
        return c.getModifiers().contains(JavaModifier.PUBLIC) && c.getSimpleName().endsWith("Storage") && !c.isNestedClass();
    }
}
