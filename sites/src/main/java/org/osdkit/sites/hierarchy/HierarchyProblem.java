package org.osdkit.sites.hierarchy;

import org.osdkit.core.SiteCode;

/**
 * A rule a hierarchy breaks (an error: it will not be imported) or a limit or gap worth knowing (a warning).
 *
 * @param error   true for a broken rule, false for a warning
 * @param site    the site concerned, or {@code null} for a whole file
 * @param message what is wrong, naming file and line where there is one
 */
public record HierarchyProblem(boolean error, SiteCode site, String message) {

    public static HierarchyProblem error(SiteCode site, String message) {
        return new HierarchyProblem(true, site, message);
    }

    public static HierarchyProblem warning(SiteCode site, String message) {
        return new HierarchyProblem(false, site, message);
    }

    public String severity() {
        return error ? "error" : "warning";
    }

    @Override
    public String toString() {
        return severity() + ": " + message;
    }
}
