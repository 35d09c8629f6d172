package org.osdkit.sites.hierarchy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.osdkit.core.SiteCode;
import org.osdkit.sites.SiteType;

class HierarchyRulesTest {

    static final String CB = "5.00.9128.1000";
    static final String CM2007 = "4.00.6487.2000";

    static Site site(String code, SiteType type, String parent, String version) {
        return new Site(SiteCode.of(code), code + " site", type, parent == null ? null : SiteCode.of(parent), null, version, "test");
    }

    static List<String> messages(List<Site> sites) {
        return HierarchyRules.check(sites).stream().map(HierarchyProblem::toString).toList();
    }

    @Test
    void aCurrentBranchHierarchyIsValid() {
        assertEquals(List.of(), messages(List.of(site("CEN", SiteType.CENTRAL_ADMINISTRATION, null, CB), site("PR1", SiteType.PRIMARY, "CEN", CB),
                site("SE1", SiteType.SECONDARY, "PR1", CB), site("PR2", SiteType.PRIMARY, null, CB))));
    }

    @Test
    void duplicateCodesAreErrors() {
        List<String> m = messages(List.of(site("PR1", SiteType.PRIMARY, null, CB), site("PR1", SiteType.PRIMARY, null, CB)));
        assertEquals(1, m.size());
        assertTrue(m.get(0).startsWith("error: site code PR1 appears twice"), m.get(0));
    }

    @Test
    void aSecondaryOnlySitsUnderAPrimary() {
        assertEquals(List.of("error: secondary site SE2 sits under Secondary SE1; a secondary site's parent must be a primary site"),
                messages(List.of(site("PR1", SiteType.PRIMARY, null, CB), site("SE1", SiteType.SECONDARY, "PR1", CB), site("SE2", SiteType.SECONDARY, "SE1", CB))));
        assertEquals(List.of("error: secondary site SE1 has no parent; a secondary site always sits under a primary site"),
                messages(List.of(site("SE1", SiteType.SECONDARY, null, CB))));
    }

    @Test
    void fromConfigMgr2012APrimaryOnlySitsUnderACas() {
        List<String> m = messages(List.of(site("PR1", SiteType.PRIMARY, null, CB), site("PR2", SiteType.PRIMARY, "PR1", CB)));
        assertEquals(List.of("error: primary site PR2 sits under Primary PR1; a primary site sits under a CAS or stands alone"), m);
    }

    @Test
    void inConfigMgr2007APrimaryMaySitUnderAPrimaryButThereIsNoCas() {
        assertEquals(List.of(), messages(List.of(site("PR1", SiteType.PRIMARY, null, CM2007), site("PR2", SiteType.PRIMARY, "PR1", CM2007))));
        assertEquals(List.of("error: CAS CEN runs version 4.00.6487.2000; a CAS exists only from ConfigMgr 2012 on"),
                messages(List.of(site("CEN", SiteType.CENTRAL_ADMINISTRATION, null, CM2007))));
    }

    @Test
    void aCasIsAlwaysTheTop() {
        List<String> m = messages(List.of(site("CEN", SiteType.CENTRAL_ADMINISTRATION, "PR1", CB), site("PR1", SiteType.PRIMARY, null, CB)));
        assertTrue(m.contains("error: CAS CEN has parent PR1; a central administration site is always the top site"), m.toString());
    }

    @Test
    void cyclesAreFoundOnceWithTheirPath() {
        List<String> m = messages(List.of(site("PR1", SiteType.PRIMARY, "PR3", CM2007), site("PR2", SiteType.PRIMARY, "PR1", CM2007),
                site("PR3", SiteType.PRIMARY, "PR2", CM2007)));
        assertEquals(1, m.size(), m.toString());
        assertTrue(m.get(0).startsWith("error: parent/child cycle: ") && m.get(0).contains("PR1") && m.get(0).contains("PR3"), m.get(0));
        assertTrue(messages(List.of(site("PR1", SiteType.PRIMARY, "PR1", CM2007))).get(0).contains("names itself as its parent"));
    }

    @Test
    void the26thPrimaryUnderACasIsReported() {
        List<Site> sites = new ArrayList<>(List.of(site("CEN", SiteType.CENTRAL_ADMINISTRATION, null, CB)));
        for (int i = 0; i < 26; i++) {
            sites.add(site(String.format("P%02d", i), SiteType.PRIMARY, "CEN", CB));
        }
        assertEquals(List.of("warning: CAS CEN has 26 child primary sites; the documented limit is 25"), messages(sites));
        sites.remove(26);
        assertEquals(List.of(), messages(sites));
    }

    @Test
    void the251stSecondaryUnderAPrimaryIsReported() {
        List<Site> sites = new ArrayList<>(List.of(site("PR1", SiteType.PRIMARY, null, CB)));
        for (int i = 0; i < 251; i++) {
            sites.add(site(String.format("S%02X", i), SiteType.SECONDARY, "PR1", CB));
        }
        assertEquals(List.of("warning: primary site PR1 has 251 secondary sites; the documented limit is 250"), messages(sites));
    }

    @Test
    void aMissingParentIsAWarning() {
        assertEquals(List.of("warning: the parent PR9 of SE1 is not in this hierarchy"), messages(List.of(site("SE1", SiteType.SECONDARY, "PR9", CB))));
    }

    @Test
    void theTreeKeepsSitesCaughtInACycle() {
        SiteHierarchy h = SiteHierarchy.of(List.of(site("PR1", SiteType.PRIMARY, "PR2", CM2007), site("PR2", SiteType.PRIMARY, "PR1", CM2007),
                site("PR3", SiteType.PRIMARY, null, CM2007)), List.of());
        assertEquals(3, h.tree().size() + h.tree().stream().mapToInt(n -> n.children().size()).sum());
    }
}
