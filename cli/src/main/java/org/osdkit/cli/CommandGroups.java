package org.osdkit.cli;

import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Adds the root's command groups, building only those a command line can reach. picocli reads the
 * annotations of every command, option and converter of a group when the group is added; for
 * {@code osdkit logs errcode} building all of them was most of the start-up time. Each other group is
 * added as a stand-in with its name, header and description and nothing below it, so the root still
 * knows and lists every group.
 *
 * <p>Which group a command line needs is decided before parsing, from its first word that is neither
 * an option nor the value of one of the root's options; when there is no such word or it names no
 * group (a typo, {@code --help}, an option picocli will refuse) every group is built, so picocli's
 * messages and help are exactly those of the full tree. {@code --version} alone needs no group.
 */
final class CommandGroups {

    /** Root options that take a value in the next word (the {@code --opt=value} form needs no skipping). */
    private static final Set<String> ROOT_OPTIONS_WITH_VALUE = Set.of("--workspace", "--db-url", "--output");

    private CommandGroups() {
    }

    /** Adds every group in full. */
    static void addAll(CommandLine root, List<Class<?>> groups) {
        for (Class<?> group : groups) {
            root.addSubcommand(new CommandLine(group));
        }
    }

    /** Adds the groups {@code args} needs in full, the others as stand-ins. */
    static void addFor(CommandLine root, List<Class<?>> groups, String[] args) {
        Class<?> wanted = wanted(groups, args);
        boolean none = args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
        // The completion script is generated from the whole command model, so it needs every group in full.
        boolean whole = wanted != null && wanted.getAnnotation(Command.class).name().equals("completion");
        if ((wanted == null && !none) || whole) {
            addAll(root, groups);
            return;
        }
        for (Class<?> group : groups) {
            root.addSubcommand(group == wanted ? new CommandLine(group) : standIn(group));
        }
    }

    private static Class<?> wanted(List<Class<?>> groups, String[] args) {
        String word = firstCommandWord(args);
        if (word != null) {
            for (Class<?> group : groups) {
                Command command = group.getAnnotation(Command.class);
                if (command.name().equals(word) || List.of(command.aliases()).contains(word)) {
                    return group;
                }
            }
        }
        return null;
    }

    static String firstCommandWord(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--")) {
                return null;
            }
            if (ROOT_OPTIONS_WITH_VALUE.contains(a)) {
                i++;
            } else if (!a.startsWith("-")) {
                return a;
            }
        }
        return null;
    }

    /** A group's name, header and description, without its commands: enough for the root to list it. */
    private static CommandLine standIn(Class<?> group) {
        Command command = group.getAnnotation(Command.class);
        CommandSpec spec = CommandSpec.wrapWithoutInspection(new Object());
        spec.name(command.name());
        spec.aliases(command.aliases());
        spec.usageMessage().description(command.description()).header(command.header());
        return new CommandLine(spec);
    }
}
