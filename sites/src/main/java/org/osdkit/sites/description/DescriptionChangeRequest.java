package org.osdkit.sites.description;

import java.nio.file.Path;
import java.util.Objects;
import org.osdkit.core.SiteCode;
import org.osdkit.sites.ConfigMgrVersion;

/**
 * What an administrator asks for: set the description of {@code site} in {@code controlFile}.
 *
 * @param controlFile     the site control file, or the {@code sitectrl.box} folder holding it
 * @param site            the site the file must belong to
 * @param description     the new description
 * @param declaredVersion the ConfigMgr version the admin states, or {@code null} to read it from the file
 * @param rules           what a description may contain
 * @param force           the admin acknowledged that this edit is not supported by Microsoft
 * @param whatIf          only plan and show; change nothing
 */
public record DescriptionChangeRequest(Path controlFile, SiteCode site, String description, ConfigMgrVersion declaredVersion,
                                       DescriptionRules rules, boolean force, boolean whatIf) {

    public DescriptionChangeRequest {
        Objects.requireNonNull(controlFile, "controlFile");
        Objects.requireNonNull(site, "site");
        rules = rules == null ? DescriptionRules.defaults() : rules;
    }
}
