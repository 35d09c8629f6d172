package org.osdkit.sites.description;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.osdkit.core.SiteCode;
import org.osdkit.core.storage.Database;
import org.osdkit.core.testing.ScratchDatabases;
import org.osdkit.sites.RecordingAuditJournal;
import org.osdkit.sites.controlfile.Fixtures;
import org.osdkit.sites.hierarchy.SiteInventory;
import org.osdkit.sites.jdbc.SitesStorage;
import org.osdkit.sites.service.ScriptedServiceController;

/** A ConfigMgr 2007 site tree for SE1, a scratch history, an audit journal in memory and a scripted service. */
abstract class DescriptionChangeFixture {

    static final SiteCode SE1 = SiteCode.of("SE1");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2009-02-12T10:27:00Z"), ZoneOffset.UTC);

    @TempDir
    Path root;

    Database database;
    ChangeHistory history;
    SiteInventory inventory;
    final RecordingAuditJournal audit = new RecordingAuditJournal();
    final ScriptedServiceController service = new ScriptedServiceController();
    final List<String> progress = new ArrayList<>();
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
        return new ChangeSiteDescription(history, inventory, audit, CLOCK, "kenny", disk);
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
