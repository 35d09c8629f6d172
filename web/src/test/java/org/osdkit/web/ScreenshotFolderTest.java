package org.osdkit.web;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A test run leaves the README's screenshots alone: the browser tests save theirs under the module's target/ unless asked. */
class ScreenshotFolderTest {

    @Test
    void screenshotsGoUnderTheModulesTargetUnlessAFolderIsAsked() {
        assumeTrue(System.getProperty(Browser.SCREENSHOTS_PROPERTY, "").isBlank(), "this run was asked for a screenshot folder");
        Path folder = Browser.screenshots();
        assertTrue(folder.startsWith(Path.of("target").toAbsolutePath()), folder.toString());
    }
}
