package org.osdkit.drivers.distribution;

/** Told after each file a distribution copies or finds already in place: progress for a front-end. */
@FunctionalInterface
public interface DistributionListener {

    DistributionListener NONE = (dp, file, bytes) -> { };

    /**
     * @param dp    the distribution point
     * @param file  the file's path inside the package
     * @param bytes its size
     */
    void fileDone(String dp, String file, long bytes);
}
