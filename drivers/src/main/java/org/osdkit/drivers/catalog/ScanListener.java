package org.osdkit.drivers.catalog;

/** Told after each folder of a scan or import, so a front-end can show progress. */
@FunctionalInterface
public interface ScanListener {

    ScanListener NONE = (done, total, folder) -> { };

    /**
     * @param done   folders finished so far
     * @param total  folders in the tree
     * @param folder the folder just finished, relative to the source root
     */
    void folderDone(int done, int total, String folder);
}
