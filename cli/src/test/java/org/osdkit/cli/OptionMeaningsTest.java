package org.osdkit.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.osdkit.cli.command.ConfirmOption;
import org.osdkit.cli.command.ForceOption;
import org.osdkit.cli.command.WhatIfOption;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** {@code --what-if}, {@code --force} and {@code --confirm} mean one thing in every command: each comes from its mixin. */
class OptionMeaningsTest {

    private static final Map<String, String[]> MEANINGS = Map.of(
            "--what-if", description(new WhatIfOption()),
            "--force", description(new ForceOption()),
            "--confirm", description(new ConfirmOption()));

    private static String[] description(Object mixin) {
        return CommandLine.Model.CommandSpec.forAnnotatedObject(mixin).options().get(0).description();
    }

    private static List<CommandSpec> commands() {
        CommandLine root = Main.commandLine(new OsdkitCommand(Map.of()), new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        List<CommandSpec> all = new ArrayList<>();
        collect(root, all);
        return all;
    }

    private static void collect(CommandLine cl, List<CommandSpec> all) {
        all.add(cl.getCommandSpec());
        cl.getSubcommands().values().forEach(sub -> collect(sub, all));
    }

    @Test
    void everyWhatIfForceAndConfirmIsTheMixinsOne() {
        int seen = 0;
        for (CommandSpec command : commands()) {
            for (OptionSpec option : command.options()) {
                String[] meaning = MEANINGS.get(option.longestName());
                if (meaning != null && !option.hidden()) {
                    assertArrayEquals(meaning, option.description(), command.qualifiedName() + " " + option.longestName());
                    seen++;
                }
            }
        }
        assertTrue(seen >= 20, "found " + seen);
    }

    @Test
    void everyCommandThatCanShowItsPlanCanAlsoAskBeforeEachChange() {
        for (CommandSpec command : commands()) {
            if (command.findOption("--what-if") != null) {
                assertTrue(command.findOption("--confirm") != null, command.qualifiedName() + " has --what-if but no --confirm");
            }
        }
    }

    @Test
    void onlyTheUnsupportedSiteEditsKeepAHiddenForceThatPointsToItsNewName() {
        List<String> hidden = commands().stream()
                .filter(c -> c.findOption("--force") != null && c.findOption("--force").hidden())
                .map(CommandSpec::qualifiedName).sorted().toList();
        assertEquals(List.of("osdkit sites revert", "osdkit sites set-description"), hidden);
    }
}
