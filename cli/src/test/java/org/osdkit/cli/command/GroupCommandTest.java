package org.osdkit.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class GroupCommandTest {

    @Command(name = "empty")
    static final class EmptyGroup extends GroupCommand {
    }

    @Command(name = "full", subcommands = Leaf.class)
    static final class FullGroup extends GroupCommand {
    }

    @Command(name = "leaf")
    static final class Leaf implements Runnable {
        @Override
        public void run() {
        }
    }

    private static int run(Object group, StringWriter err) {
        CommandLine cl = new CommandLine(group);
        cl.setErr(new PrintWriter(err));
        return cl.execute();
    }

    @Test
    void aGroupWithoutCommandsSaysItIsNotImplementedYet() {
        StringWriter err = new StringWriter();
        assertEquals(ExitCodes.PROBLEMS, run(new EmptyGroup(), err));
        assertTrue(err.toString().contains("empty: not implemented yet."), err.toString());
    }

    @Test
    void aGroupRunWithoutACommandIsAUsageError() {
        StringWriter err = new StringWriter();
        assertEquals(ExitCodes.USAGE, run(new FullGroup(), err));
        assertTrue(err.toString().contains("missing command; choose one of leaf"), err.toString());
    }
}
