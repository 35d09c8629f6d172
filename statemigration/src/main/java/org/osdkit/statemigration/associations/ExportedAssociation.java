package org.osdkit.statemigration.associations;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.Instant;
import java.util.List;

/**
 * One association as an export writes it, by ConfigMgr property name (matched without regard to case),
 * bound by Jackson from a CSV row or a JSON object. Every value is read by {@link ExportValues}; one that
 * cannot be read fails the record with its property. The key may still be missing here: that is
 * reported when the record is taken ({@link ExportRecords#add}).
 */
record ExportedAssociation(
        @JsonProperty("SourceClientResourceID") Long sourceClientResourceId,
        @JsonProperty("RestoreClientResourceID") Long restoreClientResourceId,
        @JsonProperty("SourceName") String sourceName,
        @JsonProperty("RestoreName") String restoreName,
        @JsonProperty("SourceMACAddresses") String sourceMacAddresses,
        @JsonProperty("RestoreMACAddresses") String restoreMacAddresses,
        @JsonProperty("SourceLastLogonUserDomain") String sourceLastLogonUserDomain,
        @JsonProperty("SourceLastLogonUserName") String sourceLastLogonUserName,
        @JsonProperty("RestoreLastLogonUserDomain") String restoreLastLogonUserDomain,
        @JsonProperty("RestoreLastLogonUserName") String restoreLastLogonUserName,
        @JsonProperty("MigrationID") String migrationId,
        @JsonProperty("MigrationBehavior") MigrationBehavior migrationBehavior,
        @JsonProperty("MigrationStatus") MigrationStatus migrationStatus,
        @JsonProperty("MigrationType") MigrationType migrationType,
        @JsonProperty("SiteCode") String siteCode,
        @JsonProperty("StoreCreationDate") Instant storeCreationDate,
        @JsonProperty("StoreReleaseDate") Instant storeReleaseDate,
        @JsonProperty("StoreDeletionDate") Instant storeDeletionDate,
        @JsonProperty("StorePath") String storePath,
        @JsonProperty("UserNames") @JsonDeserialize(using = ExportValues.UserNames.class) List<String> userNames) {

    /** The association; the caller has checked that both resource IDs are there. */
    ComputerAssociation toAssociation() {
        return new ComputerAssociation(sourceClientResourceId, restoreClientResourceId, sourceName, restoreName, sourceMacAddresses,
                restoreMacAddresses, user(sourceLastLogonUserDomain, sourceLastLogonUserName),
                user(restoreLastLogonUserDomain, restoreLastLogonUserName), migrationId, migrationBehavior, migrationStatus, migrationType,
                siteCode, storeCreationDate, storeReleaseDate, storeDeletionDate, storePath, userNames);
    }

    private static String user(String domain, String name) {
        return name == null ? null : domain == null ? name : domain + "\\" + name;
    }
}
