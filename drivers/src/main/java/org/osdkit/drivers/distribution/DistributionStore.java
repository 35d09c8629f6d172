package org.osdkit.drivers.distribution;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.osdkit.core.PackageId;
import org.osdkit.drivers.packages.PackageSummary;

/** The distribution point port: distribution points, their groups, and content status per package and DP. */
public interface DistributionStore {

    /** Registers a distribution point; {@code DRV-DP-EXISTS} when the name is taken. */
    void addPoint(DistributionPoint point);

    Optional<DistributionPoint> point(String name);

    List<DistributionPoint> points();

    /** Removes a distribution point with its group memberships and status rows; false when there was none. */
    boolean removePoint(String name);

    /** Adds members to a group, creating it when needed. */
    void addToGroup(String group, List<String> members);

    /** Removes members from a group; removing the last keeps the empty group. */
    void removeFromGroup(String group, List<String> members);

    Optional<DistributionPointGroup> group(String name);

    List<DistributionPointGroup> groups();

    /** Sets (inserts or replaces) the status of a package on a distribution point. */
    void setStatus(DistributionStatus status);

    /** Status rows of one package, or of every package when empty. */
    List<DistributionStatus> status(Optional<PackageId> packageId);

    /**
     * At most {@code limit} status rows from the {@code offset}-th on, in package and DP order, each told against its
     * package's SourceVersion read in the same query: a page of every package's rows without reading the others.
     */
    List<DpContentStatus> page(int offset, int limit);

    /** Status rows counted per state and whether they are behind their package's SourceVersion, one query whatever the number of rows. */
    List<ContentCount> counts();

    /**
     * At most {@code limit} summaries of the packages {@code filter} matches, from the {@code offset}-th on, in model
     * display name, OS label and PackageID order (the database's collation): one bounded query, no driver list read.
     */
    List<PackageSummary> packages(PackageFilter filter, int offset, int limit);

    /** The status rows of the packages {@code filter} matches, counted per DP, state and behind, in DP order: one grouped query. */
    List<DpContentCount> countsPerPoint(PackageFilter filter);

    /** The status rows of these packages counted per package, state and behind: bounded by the packages given. */
    List<PackageContentCount> countsPerPackage(Collection<PackageId> packageIds);
}
