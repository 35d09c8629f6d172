package org.osdkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ActorTest {

    @Test
    void aDomainAccountOnWindowsIsDomainBackslashUserAtHost() {
        Actor a = Actor.from("jdoe", Map.of("USERDOMAIN", "CONTOSO", "COMPUTERNAME", "SCCM01"), () -> "never asked");
        assertEquals("CONTOSO\\jdoe", a.account());
        assertEquals("CONTOSO\\jdoe@SCCM01", a.toString());
    }

    @Test
    void aLocalAccountsDomainIsTheMachineAndIsLeftOut() {
        assertEquals("admin@SCCM01", Actor.from("admin", Map.of("USERDOMAIN", "SCCM01", "COMPUTERNAME", "SCCM01"), () -> "x").toString());
    }

    @Test
    void onLinuxTheHostComesFromTheResolverWhenTheEnvironmentSaysNothing() {
        assertEquals("root@build-7", Actor.from("root", Map.of(), () -> "build-7").toString());
        assertEquals("root", Actor.from("root", Map.of(), () -> "").toString());
        assertEquals("CORP\\jdoe@ws1", Actor.from("CORP\\jdoe", Map.of("HOSTNAME", "ws1"), () -> "x").toString(), "a winbind name");
    }

    @Test
    void noUserNameIsTheUnknownActor() {
        assertEquals("unknown@h", Actor.from(" ", Map.of(), () -> "h").toString());
        assertThrows(IllegalArgumentException.class, () -> Actor.of("", "h"));
    }

    @Test
    void whatToStringWritesParseReadsBack() {
        for (Actor a : new Actor[] {new Actor("jdoe", "CONTOSO", "SCCM01"), Actor.of("tester", "TESTHOST"), Actor.of("root", ""), Actor.UNKNOWN}) {
            assertEquals(a, Actor.parse(a.toString()));
        }
    }

    @Test
    void windowsNamesCompareWithoutCase() {
        assertTrue(Actor.parse("CONTOSO\\JDoe@sccm01").sameAs(Actor.parse("contoso\\jdoe@SCCM01")));
        assertFalse(Actor.parse("CONTOSO\\jdoe@SCCM01").sameAs(Actor.parse("CONTOSO\\jdoe@SCCM02")));
    }

    @Test
    void thisProcessHasAnActor() {
        assertEquals(System.getProperty("user.name"), Actor.current().user());
        assertEquals(Actor.current(), Actor.current());
    }

    @Test
    void coreSettingsCarryThisProcesssActorUnlessToldAnother() {
        assertEquals(Actor.current(), CoreSettings.of(Path.of("ws"), null).actor());
        Actor other = Actor.named("CONTOSO\\svc-osd@SCCM01");
        assertEquals(other, CoreSettings.of(Path.of("ws"), null).withActor(other).actor());
        assertEquals(Actor.current(), new CoreSettings(Path.of("ws"), null, null, 1024, 1).actor());
    }

    @Test
    void aNamedActorIsReadInTheThreeForms() {
        assertEquals(new Actor("svc-osd", "CONTOSO", "SCCM01"), Actor.named(" CONTOSO\\svc-osd@SCCM01 "));
        assertEquals(Actor.of("jdoe", "ws7"), Actor.named("jdoe@ws7"));
        assertEquals(Actor.of("John Doe", ""), Actor.named("John Doe"), "Windows account names may hold blanks");
    }

    @Test
    void aBadlyNamedActorIsRefusedSayingWhatIsWrong() {
        Map<String, String> bad = Map.of(
                "", "needs a user name",
                "jdoe@", "nothing follows \"@\"",
                "\\jdoe", "nothing comes before",
                "CONTOSO\\@SCCM01", "names no user",
                "@SCCM01", "names no user",
                "A\\B\\jdoe", "more than one",
                "jdoe\nforged line", "control character");
        bad.forEach((text, why) -> {
            OsdkitException e = assertThrows(OsdkitException.class, () -> Actor.named(text), text);
            assertEquals(CoreErrors.INVALID_ACTOR, e.code());
            assertTrue(e.getMessage().contains(why) && e.describe().contains("DOMAIN\\user@HOST"), text + ": " + e.describe());
        });
    }
}
