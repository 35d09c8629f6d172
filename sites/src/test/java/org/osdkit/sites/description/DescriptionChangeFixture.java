package org.osdkit.sites.description;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.osdkit.core.Actor;
import org.osdkit.core.SiteCode;
import org.osdkit.core.storage.Database;
import org.osdkit.core.testing.ScratchDatabases;
import org.osdkit.sites.RecordingAuditJournal;
import org.osdkit.sites.controlfile.Fixtures;
import org.osdkit.sites.hierarchy.SiteInventory;
import org.osdkit.sites.jdbc.SitesStorage;
import org.osdkit.sites.service.ScriptedServiceController;

/**
 * A ConfigMgr 2007 site tree for SE1, a scratch history, an audit journal in memory, a scripted service
 * and a start back-off that records its waits instead of sleeping.
 */
abstract class DescriptionChangeFixture {

    static final SiteCode SE1 = SiteCode.of("SE1");
    /** Who acts in these tests; recorded as {@code kenny}. */
    static final Actor KENNY = Actor.of("kenny", "");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2009-02-12T10:27:00Z"), ZoneOffset.UTC);

    @TempDir
    Path root;

    Database database;
    ChangeHistory history;
    SiteInventory inventory;
    final RecordingAuditJournal audit = new RecordingAuditJournal();
    final ScriptedServiceController service = new ScriptedServiceController();
    final List<String> progress = new ArrayList<>();
    /** The start back-off's waits: recorded, not slept. */
    final List<Duration> sleeps = new ArrayList<>();
    final StartRetry retry = new StartRetry(StartRetry.BACK_OFF, sleeps::add);
    Path file;
    byte[] original;

    @BeforeEach
    void siteTree() {
        database = ScratchDatabases.h2();
        SitesStorage storage = SitesStorage.jdbc(database);
        history = storage.changeHistory();
        inventory = storage.siteInventory();
        file = Fixtures.siteTree(root, "cm2007-secondary-se1.ct0");
        original = Fixtures.bytes("cm2007-secondary-se1.ct0");
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    ChangeSiteDescription useCase(ControlFileDisk disk) {
        return new ChangeSiteDescription(history, inventory, audit, CLOCK, KENNY, disk, retry);
    }

    RecoverDescriptionChanges recovery(ControlFileDisk disk) {
        return new RecoverDescriptionChanges(history, inventory, audit, CLOCK, KENNY, disk, retry);
    }

    /** The one attempt the test made. */
    ChangeAttempt onlyAttempt() {
        ChangeAttempt first = history.attempt(1).orElseThrow();
        org.junit.jupiter.api.Assertions.assertTrue(history.attempt(2).isEmpty(), "one attempt only");
        return first;
    }

    DescriptionChangeOutcome change(String description, boolean force, boolean whatIf) {
        return change(new LocalDisk(), description, force, whatIf);
    }

    DescriptionChangeOutcome change(ControlFileDisk disk, String description, boolean force, boolean whatIf) {
        return useCase(disk).run(new DescriptionChangeRequest(file, SE1, description, null, null, force, whatIf), service, progress::add);
    }

    static byte[] withName(byte[] bytes, String oldName, String newName) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        return text.replace("<" + oldName + ">", "<" + newName + ">").getBytes(StandardCharsets.ISO_8859_1);
    }

    byte[] current() throws IOException {
        return Files.readAllBytes(file);
    }
}
