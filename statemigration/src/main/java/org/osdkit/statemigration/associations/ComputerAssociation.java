package org.osdkit.statemigration.associations;

import java.time.Instant;
import java.util.List;

/**
 * One computer association ({@code SMS_StateMigration}): the source and restore computers, the
 * migration settings, the store's three dates and its path. Its store state comes from the dates.
 *
 * @param sourceClientResourceId  key part 1: the source computer's resource ID
 * @param restoreClientResourceId key part 2: the destination computer's resource ID
 * @param sourceName              source computer name
 * @param restoreName             destination computer name
 * @param sourceMacAddresses      {@code SourceMACAddresses}, or {@code null}
 * @param restoreMacAddresses     {@code RestoreMACAddresses}, or {@code null}
 * @param sourceLastLogonUser     {@code SourceLastLogonUserDomain\SourceLastLogonUserName}, or {@code null}
 * @param restoreLastLogonUser    {@code RestoreLastLogonUserDomain\RestoreLastLogonUserName}, or {@code null}
 * @param migrationId             {@code MigrationID}, e.g. {@code MID1207}, or {@code null}
 * @param migrationBehavior       {@code null} for ConfigMgr 2007 exports, which lack it
 * @param migrationStatus         {@code null} for ConfigMgr 2007 exports
 * @param migrationType           {@code null} when the export lacks it
 * @param siteCode                owning site as written in the export, or {@code null} (ConfigMgr 2007)
 * @param storeCreationDate       state captured, or {@code null}
 * @param storeReleaseDate        state restored and released, or {@code null}
 * @param storeDeletionDate       store deleted, or {@code null}
 * @param storePath               {@code StorePath}, usually {@code \\server\share\folder}, or {@code null} before capture
 * @param userNames               the migrated user names ({@code SMS_StateMigrationUserNames.UserName})
 */
public record ComputerAssociation(long sourceClientResourceId, long restoreClientResourceId, String sourceName, String restoreName,
                                  String sourceMacAddresses, String restoreMacAddresses, String sourceLastLogonUser,
                                  String restoreLastLogonUser, String migrationId, MigrationBehavior migrationBehavior,
                                  MigrationStatus migrationStatus, MigrationType migrationType, String siteCode,
                                  Instant storeCreationDate, Instant storeReleaseDate, Instant storeDeletionDate,
                                  String storePath, List<String> userNames) {

    public ComputerAssociation {
        userNames = List.copyOf(userNames == null ? List.of() : userNames);
        storePath = storePath == null || storePath.isBlank() ? null : storePath.strip();
    }

    /** The store state, derived from the three dates. */
    public StoreState state() {
        return StoreState.of(storeCreationDate, storeReleaseDate, storeDeletionDate);
    }

    /** The association's key as WMI has it: {@code source/restore} resource IDs. */
    public String key() {
        return sourceClientResourceId + "/" + restoreClientResourceId;
    }

    /** A copy with the deletion date set: what osdkit records once the store is gone. */
    public ComputerAssociation withStoreDeletionDate(Instant deleted) {
        return new ComputerAssociation(sourceClientResourceId, restoreClientResourceId, sourceName, restoreName, sourceMacAddresses,
                restoreMacAddresses, sourceLastLogonUser, restoreLastLogonUser, migrationId, migrationBehavior, migrationStatus,
                migrationType, siteCode, storeCreationDate, storeReleaseDate, deleted, storePath, userNames);
    }

    /** A readable name for reports: {@code SOURCE -> RESTORE}. */
    public String displayName() {
        return (sourceName == null ? "#" + sourceClientResourceId : sourceName) + " -> "
                + (restoreName == null ? "#" + restoreClientResourceId : restoreName);
    }
}
