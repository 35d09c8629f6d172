package org.osdkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** Help as admins expect it: every parameter described, global options once, examples in every command's help. */
class HelpTest {

    private static final String HERE = System.getProperty("java.io.tmpdir");

    private static CommandLine tree() {
        return Main.commandLine(new OsdkitCommand(Map.of()), new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    }

    private static void walk(CommandLine cl, List<CommandLine> all) {
        all.add(cl);
        cl.getSubcommands().values().stream().distinct().forEach(sub -> walk(sub, all));
    }

    private static List<CommandLine> commands() {
        List<CommandLine> all = new ArrayList<>();
        walk(tree(), all);
        return all;
    }

    private static String usage(CommandLine cl) {
        StringWriter w = new StringWriter();
        cl.usage(new PrintWriter(w), CommandLine.Help.Ansi.OFF);
        return w.toString();
    }

    @Test
    void everyOptionAndPositionalOfEveryCommandHasADescription() {
        List<String> missing = new ArrayList<>();
        for (CommandLine cl : commands()) {
            CommandSpec spec = cl.getCommandSpec();
            List<ArgSpec> args = new ArrayList<>(spec.options());
            args.addAll(spec.positionalParameters());
            for (ArgSpec arg : args) {
                if (arg.hidden()) {
                    continue;
                }
                String[] d = arg.description();
                if (d.length == 0 || String.join("", d).isBlank()) {
                    missing.add(spec.qualifiedName() + " " + (arg instanceof OptionSpec o ? o.longestName() : arg.paramLabel()));
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyLeafCommandsHelpHasExamples() {
        List<String> without = new ArrayList<>();
        for (CommandLine cl : commands()) {
            if (cl.getSubcommands().values().stream().allMatch(s -> s.getCommandName().equals("help")) && !cl.getCommandName().equals("help")
                    && !usage(cl).contains("Examples:")) {
                without.add(cl.getCommandSpec().qualifiedName());
            }
        }
        assertEquals(List.of(), without);
    }

    @Test
    void everyExampleIsACommandLineOsdkitAccepts() {
        List<String> refused = new ArrayList<>();
        int checked = 0;
        for (var entry : HelpSections.examples().entrySet()) {
            for (String line : entry.getValue()) {
                if (line.isEmpty() || line.startsWith("#") || line.contains("|")) {
                    continue; // comments, and lines that pipe into another program
                }
                String command = line.replaceFirst(" > .*$", "");
                // A Windows path names no file on the machine running the test: parse the line with a path this machine has.
                List<String> words = words(command).stream().map(HelpTest::onThisMachine).toList();
                assertEquals("osdkit", words.get(0), line);
                try {
                    CommandLine.ParseResult parsed = tree().parseArgs(words.subList(1, words.size()).toArray(String[]::new));
                    List<String> chain = new ArrayList<>();
                    for (CommandLine.ParseResult p = parsed.subcommand(); p != null; p = p.subcommand()) {
                        chain.add(p.commandSpec().name());
                    }
                    if (!entry.getKey().isEmpty()) {
                        assertEquals(entry.getKey(), String.join(" ", chain), "the example of [" + entry.getKey() + "] runs another command: " + line);
                    }
                    checked++;
                } catch (CommandLine.ParameterException e) {
                    refused.add(line + " -> " + e.getMessage());
                }
            }
        }
        assertEquals(List.of(), refused);
        assertTrue(checked > 80, "examples checked: " + checked);
    }

    private static String onThisMachine(String word) {
        int eq = word.indexOf('=');
        String value = eq < 0 ? word : word.substring(eq + 1);
        boolean windows = value.matches("^([A-Za-z]:\\\\|\\\\\\\\).*");
        return !windows ? word : eq < 0 ? HERE : word.substring(0, eq + 1) + HERE;
    }

    /** Splits like a shell: spaces separate, double quotes group (backslashes are Windows paths, not escapes). */
    private static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
                any = true;
            } else if (c == ' ' && !quoted) {
                if (any) {
                    words.add(w.toString());
                }
                w.setLength(0);
                any = false;
            } else {
                w.append(c);
                any = true;
            }
        }
        if (any) {
            words.add(w.toString());
        }
        return words;
    }

    @Test
    void globalOptionsAreDocumentedOnceInTheRootsHelpAndNamedInTheOthers() {
        String root = usage(tree());
        assertTrue(root.contains("--workspace=<folder>") && root.contains("Workspace folder for the embedded database"), root);
        for (CommandLine cl : commands()) {
            if (cl.getCommandSpec().root() == cl.getCommandSpec()) {
                continue;
            }
            String help = usage(cl);
            if (cl.getCommandSpec().options().stream().noneMatch(OptionSpec::inherited)) {
                continue; // picocli gives a command group the root's options only where it runs something itself
            }
            assertTrue(!help.contains("Workspace folder for the embedded database"), cl.getCommandSpec().qualifiedName() + ":\n" + help);
            assertTrue(help.contains("Global options (see 'osdkit --help'):"), cl.getCommandSpec().qualifiedName() + ":\n" + help);
        }
    }
}
