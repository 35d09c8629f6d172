package org.osdkit.sites.hierarchy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.osdkit.core.SiteCode;
import org.osdkit.sites.ConfigMgrVersion;
import org.osdkit.sites.SiteType;

/**
 * The documented rules of a ConfigMgr hierarchy: unique site codes; a CAS is always the top; a
 * secondary sits under a primary; from ConfigMgr 2012 on a primary sits under a CAS or alone (SMS
 * 2003 and ConfigMgr 2007 had no CAS, so there a primary may sit under a primary); no cycles. The
 * size limits (25 primaries under a CAS, 250 secondaries under a primary) are reported as warnings.
 */
public final class HierarchyRules {

    public static final int MAX_PRIMARIES_UNDER_CAS = 25;
    public static final int MAX_SECONDARIES_UNDER_PRIMARY = 250;

    private HierarchyRules() {
    }

    public static List<HierarchyProblem> check(List<Site> sites) {
        List<HierarchyProblem> problems = new ArrayList<>();
        Map<SiteCode, Site> byCode = new HashMap<>();
        for (Site site : sites) {
            Site earlier = byCode.putIfAbsent(site.code(), site);
            if (earlier != null) {
                problems.add(HierarchyProblem.error(site.code(), "site code " + site.code() + " appears twice (" + earlier.source() + "; " + site.source()
                        + "); site codes are unique in a hierarchy"));
            }
        }
        for (Site site : byCode.values().stream().sorted((a, b) -> a.code().compareTo(b.code())).toList()) {
            parentRule(site, byCode, problems);
        }
        cycles(byCode, problems);
        limits(byCode, problems);
        return problems;
    }

    private static void parentRule(Site site, Map<SiteCode, Site> byCode, List<HierarchyProblem> problems) {
        SiteCode code = site.code();
        boolean legacy = site.generation() == ConfigMgrVersion.SMS_2003 || site.generation() == ConfigMgrVersion.CM_2007;
        if (site.type() == SiteType.CENTRAL_ADMINISTRATION) {
            if (site.parent() != null) {
                problems.add(HierarchyProblem.error(code, "CAS " + code + " has parent " + site.parent() + "; a central administration site is always the top site"));
            }
            if (legacy) {
                problems.add(HierarchyProblem.error(code, "CAS " + code + " runs version " + site.version() + "; a CAS exists only from ConfigMgr 2012 on"));
            }
            return;
        }
        if (site.parent() == null) {
            if (site.type() == SiteType.SECONDARY) {
                problems.add(HierarchyProblem.error(code, "secondary site " + code + " has no parent; a secondary site always sits under a primary site"));
            }
            return;
        }
        if (site.parent().equals(code)) {
            problems.add(HierarchyProblem.error(code, "site " + code + " names itself as its parent"));
            return;
        }
        Site parent = byCode.get(site.parent());
        if (parent == null) {
            problems.add(HierarchyProblem.warning(code, "the parent " + site.parent() + " of " + code + " is not in this hierarchy"));
            return;
        }
        if (site.type() == SiteType.SECONDARY && parent.type() != SiteType.PRIMARY) {
            problems.add(HierarchyProblem.error(code, "secondary site " + code + " sits under " + parent.type().label() + " " + parent.code()
                    + "; a secondary site's parent must be a primary site"));
        }
        if (site.type() == SiteType.PRIMARY) {
            boolean allowed = parent.type() == SiteType.CENTRAL_ADMINISTRATION || legacy && parent.type() == SiteType.PRIMARY;
            if (!allowed) {
                problems.add(HierarchyProblem.error(code, "primary site " + code + " sits under " + parent.type().label() + " " + parent.code()
                        + (legacy ? "; in SMS 2003/ConfigMgr 2007 a primary's parent is a primary" : "; a primary site sits under a CAS or stands alone")));
            }
        }
    }

    private static void cycles(Map<SiteCode, Site> byCode, List<HierarchyProblem> problems) {
        Set<SiteCode> reported = new java.util.HashSet<>();
        for (Site start : byCode.values()) {
            Set<SiteCode> path = new LinkedHashSet<>();
            Site at = start;
            while (at != null && at.parent() != null && !at.parent().equals(at.code()) && path.add(at.code())) {
                at = byCode.get(at.parent());
            }
            if (at != null && path.contains(at.code()) && reported.add(at.code())) {
                List<String> loop = new ArrayList<>();
                boolean inLoop = false;
                for (SiteCode c : path) {
                    inLoop |= c.equals(at.code());
                    if (inLoop) {
                        loop.add(c.value());
                    }
                }
                loop.forEach(c -> reported.add(SiteCode.of(c)));
                loop.add(at.code().value());
                problems.add(HierarchyProblem.error(at.code(), "parent/child cycle: " + String.join(" -> ", loop)));
            }
        }
    }

    private static void limits(Map<SiteCode, Site> byCode, List<HierarchyProblem> problems) {
        Map<SiteCode, Integer> primaries = new HashMap<>();
        Map<SiteCode, Integer> secondaries = new HashMap<>();
        for (Site site : byCode.values()) {
            if (site.parent() != null && site.type() == SiteType.PRIMARY) {
                primaries.merge(site.parent(), 1, Integer::sum);
            } else if (site.parent() != null && site.type() == SiteType.SECONDARY) {
                secondaries.merge(site.parent(), 1, Integer::sum);
            }
        }
        primaries.forEach((parent, count) -> {
            Site p = byCode.get(parent);
            if (p != null && p.type() == SiteType.CENTRAL_ADMINISTRATION && count > MAX_PRIMARIES_UNDER_CAS) {
                problems.add(HierarchyProblem.warning(parent, "CAS " + parent + " has " + count + " child primary sites; the documented limit is " + MAX_PRIMARIES_UNDER_CAS));
            }
        });
        secondaries.forEach((parent, count) -> {
            if (count > MAX_SECONDARIES_UNDER_PRIMARY) {
                problems.add(HierarchyProblem.warning(parent, "primary site " + parent + " has " + count + " secondary sites; the documented limit is "
                        + MAX_SECONDARIES_UNDER_PRIMARY));
            }
        });
    }
}
