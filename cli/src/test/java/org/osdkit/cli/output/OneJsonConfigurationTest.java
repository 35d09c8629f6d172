package org.osdkit.cli.output;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The CLI and the web print JSON with core's {@code OsdkitJson} and nothing else: neither builds an
 * ObjectMapper of its own nor reconfigures the one it is given, so their shapes cannot drift apart again.
 */
class OneJsonConfigurationTest {

    private static final JavaClasses FRONT_ENDS = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
            .importPackages("org.osdkit.cli", "org.osdkit.web");

    private static boolean onAMapper(JavaCall<?> call) {
        return call.getTargetOwner().isAssignableTo(ObjectMapper.class);
    }

    @Test
    void frontEndsBuildNoObjectMapperOfTheirOwn() {
        noClasses().should().callConstructorWhere(describe("an ObjectMapper constructor", OneJsonConfigurationTest::onAMapper))
                .as("the CLI and the web build no ObjectMapper of their own (they use OsdkitJson)")
                .check(FRONT_ENDS);
    }

    @Test
    void frontEndsDoNotReconfigureTheSharedConfiguration() {
        noClasses().should().callMethodWhere(describe("a configuration method of an ObjectMapper", (JavaCall<?> call) -> onAMapper(call)
                        && call.getName().matches("registerModules?|enable|disable|configure|set[A-Z].*|findAndRegisterModules")))
                .as("the CLI and the web do not reconfigure OsdkitJson's mapper")
                .check(FRONT_ENDS);
    }
}
