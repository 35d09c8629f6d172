package org.osdkit.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.osdkit.cli.command.Confirmation.Answer;
import org.osdkit.core.OsdkitException;
import org.osdkit.core.whatif.PlannedOperation;

class ConfirmOptionTest {

    private static final PlannedOperation S1 = new PlannedOperation("Delete state store", "\\\\SMP01\\SMPSTORE$\\S1", "PC7, 10 bytes");
    private static final PlannedOperation S2 = PlannedOperation.of("Delete state store", "\\\\SMP01\\SMPSTORE$\\S2");

    private final List<PlannedOperation> asked = new ArrayList<>();

    private ConfirmOption confirming(Answer... answers) {
        Deque<Answer> queue = new ArrayDeque<>(List.of(answers));
        ConfirmOption option = new ConfirmOption();
        option.confirm = true;
        option.asker = change -> {
            asked.add(change);
            return queue.removeFirst();
        };
        return option;
    }

    @Test
    void withoutConfirmEveryChangeIsMadeAndNothingIsAsked() {
        ConfirmOption option = new ConfirmOption();
        option.asker = change -> {
            throw new AssertionError("asked without --confirm");
        };
        assertTrue(option.approve(S1));
        assertTrue(option.gate().shouldProcess(S2));
    }

    @Test
    void eachChangeIsAskedAbout() {
        ConfirmOption option = confirming(Answer.NO, Answer.YES);
        assertFalse(option.approve(S1));
        assertTrue(option.approve(S2));
        assertEquals(List.of(S1, S2), asked);
    }

    @Test
    void yesToAllAndNoToAllAnswerTheRestOfTheRun() {
        ConfirmOption yes = confirming(Answer.YES_TO_ALL);
        assertTrue(yes.approve(S1) && yes.approve(S2) && yes.approve(S1));
        assertEquals(1, asked.size());
        ConfirmOption no = confirming(Answer.NO_TO_ALL);
        assertFalse(no.approve(S1) || no.approve(S2));
        assertEquals(2, asked.size());
    }

    @Test
    void theQuestionIsPowerShellsAndEachChoiceIsReadAsPowerShellReadsIt() {
        StringWriter shown = new StringWriter();
        int[] suspended = {0};
        // "maybe": unknown, asked again; "?": the help, asked again; "s": suspended, asked again; empty: the default, Yes.
        Prompter prompter = new Prompter(new StringReader("maybe\n?\ns\n\nA\nn\nL\n"), new PrintWriter(shown, true), true, e -> suspended[0]++);
        assertEquals(Answer.YES, Confirmation.ask(S1, prompter));
        assertEquals(1, suspended[0]);
        String text = shown.toString();
        assertTrue(text.startsWith("Confirm" + System.lineSeparator() + "Are you sure you want to perform this action?" + System.lineSeparator()
                + "Performing the operation \"Delete state store\" on target \"\\\\SMP01\\SMPSTORE$\\S1\" (PC7, 10 bytes)." + System.lineSeparator()
                + "[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend  [?] Help (default is \"Y\"): "), text);
        assertEquals(4, text.split("\\[S\\] Suspend", -1).length - 1, "asked four times before the default answered: " + text);
        assertTrue(text.contains("L - Skip this change and every following one"), text);
        assertEquals(Answer.YES_TO_ALL, Confirmation.ask(S2, prompter));
        assertEquals(Answer.NO, Confirmation.ask(S2, prompter));
        assertEquals(Answer.NO_TO_ALL, Confirmation.ask(S2, prompter));
        assertEquals(Answer.NO_TO_ALL, Confirmation.ask(S2, prompter), "the end of the input changes nothing more");
    }

    @Test
    void nobodyAtTheKeyboardIsARefusal() {
        Prompter script = new Prompter(new StringReader("y\n"), new PrintWriter(new StringWriter()), false, e -> { });
        OsdkitException refused = assertThrows(OsdkitException.class, () -> Confirmation.ask(S1, script));
        assertEquals(Confirmation.REQUIRED, refused.code());
        assertTrue(refused.getMessage().contains("S1") && refused.getMessage().contains("stdin is not a terminal"), refused.getMessage());
    }
}
