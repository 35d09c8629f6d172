package org.osdkit.drivers.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What makes a re-import fast: file digests keyed by path, size and modification time (so unchanged
 * files are not hashed again) and, per INF imported, the driver it was and a fingerprint of the sizes
 * and times of its closure (so an unchanged driver is not even parsed again).
 */
public interface ImportCache {

    /**
     * One INF as last imported.
     *
     * @param infPath     absolute path of the INF
     * @param driverHash  the driver it was
     * @param fingerprint hash over size and time of the INF and each closure file
     * @param closure     the closure's relative paths
     */
    record SourceInf(String infPath, String driverHash, String fingerprint, List<String> closure) {
        public SourceInf {
            closure = List.copyOf(closure);
        }
    }

    /** Digests of files whose absolute path starts with {@code prefix}. */
    Map<String, FileDigest> digests(String prefix);

    void storeDigests(Map<String, FileDigest> digests);

    /** INFs under {@code prefix} as last imported, by absolute path. */
    Map<String, SourceInf> sourceInfs(String prefix);

    void storeSourceInfs(Collection<SourceInf> infs);
}
