package org.osdkit.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void answersAreReadAsPowerShellReadsThem() {
        assertEquals(Answer.YES, Answer.parse(" y "));
        assertEquals(Answer.YES, Answer.parse("Yes"));
        assertEquals(Answer.YES_TO_ALL, Answer.parse("A"));
        assertEquals(Answer.NO_TO_ALL, Answer.parse("l"));
        assertEquals(Answer.NO, Answer.parse(""));
        assertEquals(Answer.NO, Answer.parse(null));
        assertEquals(Answer.NO, Answer.parse("maybe"));
    }

    @Test
    void theQuestionNamesTheChangeAndNoConsoleIsARefusal() {
        List<String> shown = new ArrayList<>();
        Answer answer = Confirmation.ask(S1, (format, args) -> {
            shown.add(String.format(format, args));
            return "a";
        });
        assertEquals(Answer.YES_TO_ALL, answer);
        assertTrue(shown.get(0).contains("Performing the operation \"Delete state store\" on target \"\\\\SMP01\\SMPSTORE$\\S1\" (PC7, 10 bytes).")
                && shown.get(0).contains("[A] Yes to All"), shown.get(0));

        OsdkitException refused = assertThrows(OsdkitException.class, () -> Confirmation.ask(S1, null));
        assertEquals(Confirmation.REQUIRED, refused.code());
        assertTrue(refused.getMessage().contains("--confirm") && refused.getMessage().contains("S1"), refused.getMessage());
    }
}
