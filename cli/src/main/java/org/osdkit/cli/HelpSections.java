package org.osdkit.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The help of every command as admins expect it: the global options described once, in {@code osdkit --help},
 * and only named in each command's help (picocli would repeat the inherited ones everywhere), and an
 * "Examples:" section from {@code examples.txt}. The examples are read only when a help is shown.
 */
final class HelpSections {

    static final String EXAMPLES = "examples";
    static final String GLOBAL_OPTIONS = "globalOptions";

    private static Map<String, List<String>> examples;

    private HelpSections() {
    }

    /** Installs the sections on {@code root} and (picocli passes them on) every command already added below it. */
    static void install(CommandLine root) {
        root.setHelpFactory(OwnOptionsHelp::new);
        List<String> keys = new ArrayList<>(root.getHelpSectionKeys());
        // After the options and subcommands, before the footer (the exit codes).
        int at = keys.indexOf(CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER_HEADING);
        if (at < 0) {
            at = keys.size();
        }
        keys.add(at, EXAMPLES);
        keys.add(at, GLOBAL_OPTIONS);
        Map<String, CommandLine.IHelpSectionRenderer> sections = new HashMap<>(root.getHelpSectionMap());
        sections.put(GLOBAL_OPTIONS, help -> globalOptions(help.commandSpec()));
        sections.put(EXAMPLES, help -> examples(help.commandSpec()));
        root.setHelpSectionMap(sections);
        root.setHelpSectionKeys(keys);
    }

    private static String globalOptions(CommandSpec spec) {
        if (spec.root() == spec) {
            return ""; // the root's help describes them in its option list
        }
        List<String> names = spec.options().stream().filter(OptionSpec::inherited).map(o -> String.join("/", o.names())).toList();
        return names.isEmpty() ? "" : String.format("%nGlobal options (see 'osdkit --help'): %s%n", String.join(", ", names));
    }

    private static String examples(CommandSpec spec) {
        List<String> lines = examples().get(spec.qualifiedName(" ").replaceFirst("^osdkit ?", ""));
        if (lines == null || lines.isEmpty()) {
            return "";
        }
        return String.format("%nExamples:%n") + lines.stream().map(l -> l.isEmpty() ? "" : "  " + l).collect(Collectors.joining(String.format("%n")))
                + String.format("%n");
    }

    /** {@code [command words]} headers, each followed by its example lines ({@code #} lines explain the next one). */
    static synchronized Map<String, List<String>> examples() {
        if (examples == null) {
            Map<String, List<String>> read = new HashMap<>();
            try (InputStream in = HelpSections.class.getResourceAsStream("examples.txt")) {
                if (in != null) {
                    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                    List<String> current = null;
                    for (String line = r.readLine(); line != null; line = r.readLine()) {
                        if (line.startsWith("[") && line.endsWith("]")) {
                            current = new ArrayList<>();
                            read.put(line.substring(1, line.length() - 1).strip(), current);
                        } else if (current != null && !(line.isBlank() && current.isEmpty())) {
                            current.add(line.stripTrailing());
                        }
                    }
                    read.values().forEach(l -> {
                        while (!l.isEmpty() && l.get(l.size() - 1).isEmpty()) {
                            l.remove(l.size() - 1);
                        }
                    });
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            examples = read;
        }
        return examples;
    }

    /** picocli's help without the options a command inherits from the root, in its synopsis and option list. */
    private static final class OwnOptionsHelp extends Help {

        OwnOptionsHelp(CommandSpec spec, ColorScheme scheme) {
            super(spec, scheme);
        }

        @Override
        protected Ansi.Text createDetailedSynopsisOptionsText(java.util.Collection<ArgSpec> done, List<OptionSpec> optionList,
                                                              java.util.Comparator<OptionSpec> optionSort, boolean clusterBooleanOptions) {
            return super.createDetailedSynopsisOptionsText(done, own(optionList), optionSort, clusterBooleanOptions);
        }

        @Override
        public String optionList() {
            return optionListExcludingGroups(own(commandSpec().options()), createDefaultLayout(), createDefaultOptionSort(), parameterLabelRenderer());
        }

        private List<OptionSpec> own(List<OptionSpec> options) {
            if (commandSpec().root() == commandSpec()) {
                return options;
            }
            return options.stream().filter(o -> !o.inherited()).toList();
        }
    }
}
