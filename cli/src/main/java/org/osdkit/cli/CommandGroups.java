package org.osdkit.cli;

import java.util.List;
import java.util.Set;
import org.osdkit.cli.command.Subcommands;
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
 * messages and help are exactly those of the full tree. {@code --version} alone needs no group. Inside
 * the named group the same is done one level down, with the group's {@link Subcommands}: the next such
 * word's command in full, the others as stand-ins (for {@code logs errcode}, building the other seven
 * logs commands cost more than the command itself).
 */
final class CommandGroups {

    /** Root options that take a value in the next word (the {@code --opt=value} form needs no skipping). */
    private static final Set<String> ROOT_OPTIONS_WITH_VALUE = Set.of("--workspace", "--db-url", "--output");

    private CommandGroups() {
    }

    /** Adds every group in full. */
    static void addAll(CommandLine root, List<Class<?>> groups) {
        for (Class<?> group : groups) {
            root.addSubcommand(full(group));
        }
    }

    /** Adds the groups {@code args} needs in full, the others as stand-ins. */
    static void addFor(CommandLine root, List<Class<?>> groups, String[] args) {
        int at = commandWordIndex(args, 0);
        Class<?> wanted = at < 0 ? null : named(groups, args[at]);
        boolean none = Main.versionOnly(args);
        // The completion script is generated from the whole command model, so it needs every group in full.
        boolean whole = wanted != null && wanted.getAnnotation(Command.class).name().equals("completion");
        if ((wanted == null && !none) || whole) {
            addAll(root, groups);
            return;
        }
        for (Class<?> group : groups) {
            root.addSubcommand(group == wanted ? forCommand(group, args, at + 1) : standIn(group));
        }
    }

    /**
     * A group with its {@link Subcommands}: the one the words from {@code from} on name in full, the others
     * as stand-ins; all in full when they name none of them ({@code osdkit logs}, {@code logs --help}, a typo),
     * so the group's help and picocli's suggestions are those of the whole group.
     */
    private static CommandLine forCommand(Class<?> group, String[] args, int from) {
        Subcommands commands = group.getAnnotation(Subcommands.class);
        int at = commandWordIndex(args, from);
        Class<?> wanted = commands == null || at < 0 ? null : named(List.of(commands.value()), args[at]);
        if (wanted == null) {
            return full(group);
        }
        CommandLine cl = new CommandLine(group);
        for (Class<?> command : commands.value()) {
            cl.addSubcommand(command == wanted ? new CommandLine(command) : standIn(command));
        }
        return cl;
    }

    /** A group and all its commands. */
    private static CommandLine full(Class<?> group) {
        CommandLine cl = new CommandLine(group);
        Subcommands commands = group.getAnnotation(Subcommands.class);
        if (commands != null) {
            for (Class<?> command : commands.value()) {
                cl.addSubcommand(new CommandLine(command));
            }
        }
        return cl;
    }

    private static Class<?> named(List<Class<?>> commands, String word) {
        for (Class<?> command : commands) {
            Command c = command.getAnnotation(Command.class);
            if (c.name().equals(word) || List.of(c.aliases()).contains(word)) {
                return command;
            }
        }
        return null;
    }

    static String firstCommandWord(String[] args) {
        int at = commandWordIndex(args, 0);
        return at < 0 ? null : args[at];
    }

    /**
     * The index of the first word from {@code from} on that is neither an option nor the value of one
     * of the root's options (which every command inherits), or -1 (none, or {@code --} first).
     */
    private static int commandWordIndex(String[] args, int from) {
        for (int i = from; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--")) {
                return -1;
            }
            if (ROOT_OPTIONS_WITH_VALUE.contains(a)) {
                i++;
            } else if (!a.startsWith("-")) {
                return i;
            }
        }
        return -1;
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
