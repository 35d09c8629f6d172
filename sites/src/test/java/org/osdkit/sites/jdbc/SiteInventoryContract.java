package org.osdkit.sites.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osdkit.core.Actor;
import org.osdkit.core.OsdkitException;
import org.osdkit.core.SiteCode;
import org.osdkit.core.storage.Database;
import org.osdkit.sites.RecordingAuditJournal;
import org.osdkit.sites.SiteErrors;
import org.osdkit.sites.SiteType;
import org.osdkit.sites.hierarchy.ImportHierarchy;
import org.osdkit.sites.hierarchy.Site;
import org.osdkit.sites.hierarchy.SiteHierarchy;
import org.osdkit.sites.hierarchy.SiteInventory;

/** The site inventory's contract and the import that fills it, run on H2 and on PostgreSQL. */
abstract class SiteInventoryContract {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2009-02-12T10:27:00Z"), ZoneOffset.UTC);

    abstract Database database();

    private Database database;
    private SiteInventory inventory;
    private final RecordingAuditJournal audit = new RecordingAuditJournal();

    @TempDir
    Path dir;

    @BeforeEach
    void open() {
        database = database();
        inventory = SitesStorage.jdbc(database).siteInventory();
    }

    @AfterEach
    void close() {
        database.close();
    }

    private Path yaml(String text) throws IOException {
        return Files.writeString(dir.resolve("h.yaml"), text);
    }

    @Test
    void importStoresEveryFieldAndReplacesThePreviousImport() throws IOException {
        ImportHierarchy imports = new ImportHierarchy(inventory, audit, CLOCK, Actor.of("kenny", ""));
        imports.run(yaml("- {code: OLD, name: Old, type: primary}\n"), false);
        imports.run(yaml("- {code: PR1, name: Primary, type: primary, server: s1, version: 4.00.6487.2000}\n"
                + "- {code: SE1, name: Secondary, type: secondary, parent: PR1}\n"), false);
        SiteHierarchy stored = inventory.load();
        assertEquals(List.of("PR1", "SE1"), stored.sites().stream().map(s -> s.code().value()).toList());
        Site pr1 = stored.find(SiteCode.of("PR1")).orElseThrow();
        assertEquals(new Site(SiteCode.of("PR1"), "Primary", SiteType.PRIMARY, null, "s1", "4.00.6487.2000", pr1.source()), pr1);
        assertEquals(SiteCode.of("PR1"), stored.find(SiteCode.of("SE1")).orElseThrow().parent());
        assertEquals(ImportHierarchy.ACTION, audit.entries.get(1).action());
    }

    @Test
    void aHierarchyWithErrorsIsNotStored() throws IOException {
        ImportHierarchy imports = new ImportHierarchy(inventory, audit, CLOCK, Actor.of("kenny", ""));
        Path bad = yaml("- {code: SE1, name: Orphan, type: secondary}\n");
        OsdkitException e = assertThrows(OsdkitException.class, () -> imports.run(bad, false));
        assertEquals(SiteErrors.HIERARCHY_INVALID, e.code());
        assertTrue(inventory.load().sites().isEmpty());
        assertTrue(audit.entries.get(0).outcome().startsWith("refused"));
    }

    @Test
    void whatIfStoresNothing() throws IOException {
        new ImportHierarchy(inventory, audit, CLOCK, Actor.of("kenny", "")).run(yaml("- {code: PR1, name: P, type: primary}\n"), true);
        assertTrue(inventory.load().sites().isEmpty());
        assertTrue(audit.entries.isEmpty());
    }

    @Test
    void renameKeepsTheStoredNameInStep() {
        inventory.replaceAll(List.of(new Site(SiteCode.of("SE1"), "Old", SiteType.SECONDARY, SiteCode.of("PR1"), null, null, "x")), Instant.EPOCH);
        inventory.rename(SiteCode.of("SE1"), "New");
        inventory.rename(SiteCode.of("XX1"), "ignored");
        assertEquals("New", inventory.load().find(SiteCode.of("SE1")).orElseThrow().name());
    }
}
