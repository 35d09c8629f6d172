package org.osdkit.sites.description;

import java.nio.file.Path;
import java.util.Optional;
import org.osdkit.core.OsdkitException;
import org.osdkit.sites.ConfigMgrVersion;
import org.osdkit.sites.SiteErrors;
import org.osdkit.sites.controlfile.SiteDefinition;

/** Decides which ConfigMgr version a site control file belongs to, and refuses the versions where the file is not authoritative. */
final class VersionCheck {

    private VersionCheck() {
    }

    static ConfigMgrVersion resolve(ConfigMgrVersion declared, SiteDefinition def, Path file) {
        Optional<ConfigMgrVersion> fromFile = ConfigMgrVersion.fromProductVersion(def.productVersion());
        // ConfigMgr 2012+ drops the database's copy as <SiteCode>.CT0 (smsdbmon); 2003/2007 keep sitectrl.ct0.
        boolean databaseDrop = file.getFileName().toString().equalsIgnoreCase(def.siteCode().value() + ".ct0");
        if (declared != null && fromFile.isPresent() && declared != fromFile.get()) {
            throw new OsdkitException(SiteErrors.VERSION_UNKNOWN, "You said " + declared.label() + " but " + file.getFileName() + " says version "
                    + def.productVersion() + " (" + fromFile.get().label() + ").", "Check which site this file belongs to.");
        }
        ConfigMgrVersion version = declared != null ? declared
                : fromFile.orElse(databaseDrop ? ConfigMgrVersion.CM_2012_OR_LATER : null);
        if (version == null) {
            throw new OsdkitException(SiteErrors.VERSION_UNKNOWN, file + " does not say which ConfigMgr version wrote it (no Full Version property).",
                    "Give the version with --configmgr-version 2003|2007|2012 (the edit is refused for 2012 and later).");
        }
        if (!version.fileAuthoritative()) {
            throw new OsdkitException(SiteErrors.UNSUPPORTED_VERSION, "Site " + def.siteCode() + " runs " + version.label()
                    + ": its settings live in the site database, and sitectrl.ct0 is only a copy that the next change overwrites; osdkit will not edit it.",
                    SupportedWays.forConfigMgr2012(def.siteCode().value()));
        }
        return version;
    }
}
