package org.osdkit.statemigration.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.osdkit.statemigration.settings.SmpSettings;
import org.osdkit.statemigration.settings.StorageFolder;

/**
 * Where an association's {@code StorePath} points, seen from one SMP: a store below one of its storage
 * folders (with the key scanned store folders are matched on), a store of another SMP, or a place
 * that is no store location at all (outside every storage folder, or climbing out with {@code ..}).
 *
 * @param where what kind of place
 * @param key   the store's path below its storage folder (lower case, {@code /}), or {@code null}
 */
public record StoreLocation(Where where, String key) {

    /** The kinds of place a store path can name. */
    public enum Where {
        /** Below a storage folder of this SMP, at store depth. */
        THIS_SMP,
        /** A UNC path on another server: not this SMP's business. */
        OTHER_SMP,
        /** No store location of this SMP: outside its storage folders, wrong depth, or with {@code .}/{@code ..}. */
        OUTSIDE,
        /** The association has no store path (not captured yet). */
        NO_PATH
    }

    /**
     * Locates {@code storePath}: a UNC path {@code \\server\share\...} names a store of this SMP when the
     * server is this SMP's and the folders after the server sit at store depth (the share is a folder
     * inside a storage folder, as the SMP creates it); a local path must start with a storage folder's
     * directory or access path.
     */
    public static StoreLocation of(String storePath, SmpSettings settings) {
        if (storePath == null || storePath.isBlank()) {
            return new StoreLocation(Where.NO_PATH, null);
        }
        String p = storePath.strip();
        List<String> segments = segments(p);
        List<String> rest = null;
        if (p.startsWith("\\\\") || p.startsWith("//")) {
            if (segments.isEmpty() || !settings.isServer(segments.get(0))) {
                return new StoreLocation(Where.OTHER_SMP, null);
            }
            rest = segments.subList(1, segments.size());
        } else {
            for (StorageFolder folder : settings.folders()) {
                rest = after(segments, segments(folder.directory()));
                if (rest == null) {
                    rest = after(segments, segments(folder.accessPath().toString()));
                }
                if (rest != null) {
                    break;
                }
            }
        }
        if (rest == null || rest.size() != settings.storeDepth() || rest.stream().anyMatch(s -> s.equals(".") || s.equals(".."))) {
            return new StoreLocation(Where.OUTSIDE, null);
        }
        return new StoreLocation(Where.THIS_SMP, String.join("/", rest).toLowerCase(Locale.ROOT));
    }

    private static List<String> segments(String path) {
        // A plain scan rather than String.split: this runs once per association, 100,000 times on a big SMP.
        List<String> out = new ArrayList<>(8);
        int start = 0;
        for (int i = 0; i <= path.length(); i++) {
            if (i == path.length() || path.charAt(i) == '\\' || path.charAt(i) == '/') {
                if (i > start) {
                    out.add(path.substring(start, i));
                }
                start = i + 1;
            }
        }
        return out;
    }

    private static List<String> after(List<String> path, List<String> prefix) {
        if (prefix.isEmpty() || path.size() <= prefix.size()) {
            return null;
        }
        for (int i = 0; i < prefix.size(); i++) {
            if (!path.get(i).equalsIgnoreCase(prefix.get(i))) {
                return null;
            }
        }
        return path.subList(prefix.size(), path.size());
    }
}
