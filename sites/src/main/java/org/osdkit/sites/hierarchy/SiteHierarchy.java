package org.osdkit.sites.hierarchy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.osdkit.core.SiteCode;

/**
 * A set of sites with their parent links, and the problems the hierarchy rules find in it.
 *
 * @param sites    the sites, sorted by code
 * @param problems what {@link HierarchyRules} and the reader found
 */
public record SiteHierarchy(List<Site> sites, List<HierarchyProblem> problems) {

    public SiteHierarchy {
        sites = sites.stream().sorted(Comparator.comparing(Site::code)).toList();
        problems = List.copyOf(problems);
    }

    /** Checks {@code sites} against the hierarchy rules; {@code readProblems} come first. */
    public static SiteHierarchy of(List<Site> sites, List<HierarchyProblem> readProblems) {
        List<HierarchyProblem> all = new ArrayList<>(readProblems);
        all.addAll(HierarchyRules.check(sites));
        return new SiteHierarchy(sites, all);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(HierarchyProblem::error);
    }

    public Optional<Site> find(SiteCode code) {
        return sites.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    public List<Site> children(SiteCode parent) {
        return sites.stream().filter(s -> parent.equals(s.parent())).toList();
    }

    /** Sites without a parent in this hierarchy: top sites, and sites whose parent is missing. */
    public List<Site> roots() {
        return sites.stream().filter(s -> s.parent() == null || s.parent().equals(s.code()) || find(s.parent()).isEmpty()).toList();
    }

    /** The codes from {@code code} up to its top site (stops at a cycle or a missing parent). */
    public List<SiteCode> pathToTop(SiteCode code) {
        List<SiteCode> path = new ArrayList<>();
        Optional<Site> at = find(code);
        while (at.isPresent() && !path.contains(at.get().code())) {
            path.add(at.get().code());
            at = at.get().parent() == null ? Optional.empty() : find(at.get().parent());
        }
        return path;
    }

    /**
     * A site with its children, for tree views.
     *
     * @param site     the site
     * @param children its child sites' nodes
     */
    public record Node(Site site, List<Node> children) {
    }

    /** The hierarchy as trees from its roots; sites caught in a cycle are added as extra roots so none is lost. */
    public List<Node> tree() {
        List<SiteCode> placed = new ArrayList<>();
        List<Node> trees = new ArrayList<>();
        for (Site root : roots()) {
            trees.add(node(root, placed));
        }
        for (Site site : sites) {
            if (!placed.contains(site.code())) {
                trees.add(node(site, placed));
            }
        }
        return trees;
    }

    private Node node(Site site, List<SiteCode> placed) {
        placed.add(site.code());
        List<Node> children = new ArrayList<>();
        for (Site child : children(site.code())) {
            if (!placed.contains(child.code())) {
                children.add(node(child, placed));
            }
        }
        return new Node(site, children);
    }

    public List<HierarchyProblem> problemsOf(SiteCode code) {
        return problems.stream().filter(p -> code.equals(p.site())).toList();
    }
}
