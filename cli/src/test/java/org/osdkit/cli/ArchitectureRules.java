package org.osdkit.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.ArrayList;
import java.util.List;

/**
 * The layering of ARCHITECTURE.md as ArchUnit rules, parameterised by the root package so the same
 * rules can be shown to fail on deliberately broken fixture classes.
 */
final class ArchitectureRules {

    static final List<String> DOMAINS = List.of("drivers", "sites", "statemigration", "logs");

    private final String root;

    ArchitectureRules(String root) {
        this.root = root;
    }

    private String pkg(String module) {
        return root + "." + module + "..";
    }

    ArchRule coreDependsOnNothingOfOurs() {
        List<String> others = new ArrayList<>();
        for (String m : List.of("drivers", "sites", "statemigration", "logs", "web", "cli")) {
            others.add(pkg(m));
        }
        return noClasses().that().resideInAPackage(pkg("core"))
                .should().dependOnClassesThat().resideInAnyPackage(others.toArray(String[]::new))
                .as("core depends on nothing of ours").allowEmptyShould(true);
    }

    ArchRule domainsDependOnlyOnCore() {
        List<ArchRule> rules = new ArrayList<>();
        for (String domain : DOMAINS) {
            List<String> forbidden = new ArrayList<>(List.of(pkg("web"), pkg("cli")));
            DOMAINS.stream().filter(d -> !d.equals(domain)).forEach(d -> forbidden.add(pkg(d)));
            rules.add(noClasses().that().resideInAPackage(pkg(domain))
                    .should().dependOnClassesThat().resideInAnyPackage(forbidden.toArray(String[]::new))
                    .as(domain + " depends only on core").allowEmptyShould(true));
        }
        return CompositeArchRule.of(rules).as("domain modules depend only on core, never on each other or on a front-end");
    }

    ArchRule frontEndsNeverReachIntoInternals() {
        return noClasses().that().resideInAnyPackage(pkg("web"), pkg("cli"))
                .should().dependOnClassesThat().resideInAPackage(root + ".*.internal..")
                .as("web and cli never reach into a module's internal packages").allowEmptyShould(true);
    }

    ArchRule webNeverDependsOnCli() {
        return noClasses().that().resideInAPackage(pkg("web"))
                .should().dependOnClassesThat().resideInAPackage(pkg("cli"))
                .as("web never depends on cli").allowEmptyShould(true);
    }

    /**
     * No cycles between modules, nor between the sub-packages of a module. A module's top package is
     * left out of the second check on purpose: it is the API facade (Guice module, factories) and
     * legitimately uses {@code internal}, which implements the API's interfaces.
     */
    ArchRule noPackageCycles() {
        return CompositeArchRule.of(slices().matching(root + ".(*)..").should().beFreeOfCycles().allowEmptyShould(true))
                .and(slices().matching(root + ".(*).(*)..").should().beFreeOfCycles().allowEmptyShould(true))
                .as("no package cycles between modules or between a module's sub-packages");
    }

    ArchRule onlyThePrinterWritesToStandardStreams() {
        return noClasses().that().doNotHaveFullyQualifiedName(root + ".cli.output.Printer")
                .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .as("no System.out/System.err outside the CLI's printer").allowEmptyShould(true);
    }

    List<ArchRule> all() {
        return List.of(coreDependsOnNothingOfOurs(), domainsDependOnlyOnCore(), frontEndsNeverReachIntoInternals(),
                webNeverDependsOnCli(), noPackageCycles(), onlyThePrinterWritesToStandardStreams());
    }
}
