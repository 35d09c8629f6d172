package org.osdkit.statemigration.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.osdkit.statemigration.settings.SmpSettings;
import org.osdkit.statemigration.settings.StorageFolder;

/**
 * Where a store path points, seen from one SMP: a store below one of its storage folders (with the key
 * scanned store folders are matched on), a store of another SMP, or a place that is no store location at
 * all (outside every storage folder, the storage folder itself, or climbing out with {@code ..}). A
 * store may sit at any depth inside a storage folder: directly in it, at the SMP's usual
 * {@code <share>\<store>} depth or deeper; the store depth only guides the scan for orphans.
 *
 * <p>This is the one normalisation of store paths: the planner locates each association's
 * {@code StorePath} with it and a hold locates its target with it, so every spelling that names a
 * store for the one names it for the other. Case does not matter, {@code \} and {@code /} are the same,
 * doubled and trailing separators are ignored, the server may be written short or fully qualified, and
 * a store is named alike by its UNC path ({@code \\SMP01\SMPSTORE$\<store>}), the storage folder's
 * form on the SMP ({@code E:\SOURCES\USMT\SMPSTORE$\<store>}), the admin-share form
 * ({@code \\SMP01\E$\SOURCES\USMT\SMPSTORE$\<store>}) and the path below the folder's access path
 * (what {@code osdkit smp plan} prints).
 *
 * @param where what kind of place
 * @param key   the store's path below its storage folder (lower case, {@code /}), or {@code null}
 */
public record StoreLocation(Where where, String key) {

    /** The kinds of place a store path can name. */
    public enum Where {
        /** Inside a storage folder of this SMP, at any depth. */
        THIS_SMP,
        /** A UNC path on another server: not this SMP's business. */
        OTHER_SMP,
        /** No store location of this SMP: outside its storage folders, a storage folder itself, or with {@code .}/{@code ..}. */
        OUTSIDE,
        /** The association has no store path (not captured yet). */
        NO_PATH
    }

    /**
     * Locates {@code storePath}: a UNC path {@code \\server\share\...} on this SMP's server names a store
     * inside a storage folder written through the drive's admin share or a UNC access path, or else (any
     * share but a drive's admin share) the share is a folder inside a storage folder, as the SMP creates
     * it, and the store is that folder or one inside it; a local path must start with a storage folder's
     * directory or access path. Any depth inside the storage folder is a store location.
     */
    public static StoreLocation of(String storePath, SmpSettings settings) {
        if (storePath == null || storePath.isBlank()) {
            return new StoreLocation(Where.NO_PATH, null);
        }
        String p = storePath.strip();
        List<String> segments = segments(p);
        List<String> rest;
        if (p.startsWith("\\\\") || p.startsWith("//")) {
            if (!segments.isEmpty() && settings.isServer(segments.get(0))) {
                List<String> shareAndBelow = segments.subList(1, segments.size());
                // A path through a storage folder's admin share or UNC access path is read as that; any other share
                // is a folder inside a storage folder. A drive's admin share is never such a folder.
                rest = belowUncFolder(shareAndBelow, settings);
                if (rest == null && !shareAndBelow.isEmpty() && !isAdminShare(shareAndBelow.get(0))) {
                    rest = shareAndBelow;
                }
            } else {
                // A POSIX path written with a doubled leading slash, which the kernel reads as one, is still local.
                rest = p.startsWith("//") ? belowFolder(segments, settings) : null;
                if (rest == null) {
                    return new StoreLocation(Where.OTHER_SMP, null);
                }
            }
        } else {
            rest = belowFolder(segments, settings);
        }
        if (rest == null || rest.isEmpty() || rest.stream().anyMatch(s -> s.equals(".") || s.equals(".."))) {
            return new StoreLocation(Where.OUTSIDE, null);
        }
        return new StoreLocation(Where.THIS_SMP, String.join("/", rest).toLowerCase(Locale.ROOT));
    }

    /**
     * True when {@code text} is written as a path (it holds a separator or starts with a drive letter),
     * so it names a store folder rather than a MigrationID or a computer name, which never do.
     */
    public static boolean isPath(String text) {
        if (text == null) {
            return false;
        }
        String t = text.strip();
        return t.indexOf('\\') >= 0 || t.indexOf('/') >= 0 || (t.length() >= 2 && Character.isLetter(t.charAt(0)) && t.charAt(1) == ':');
    }

    /** The folders of a local path below a storage folder's directory or access path, or {@code null}. */
    private static List<String> belowFolder(List<String> segments, SmpSettings settings) {
        for (StorageFolder folder : settings.folders()) {
            List<String> rest = after(segments, segments(folder.directory()));
            if (rest == null) {
                rest = after(segments, segments(folder.accessPath().toString()));
            }
            if (rest != null) {
                return rest;
            }
        }
        return null;
    }

    /**
     * The folders of a UNC path on this SMP (after the server) below a storage folder reached through
     * its drive's admin share ({@code E:\SOURCES\USMT} as {@code E$\SOURCES\USMT}) or through a UNC
     * access path on this server, or {@code null}.
     */
    private static List<String> belowUncFolder(List<String> shareAndBelow, SmpSettings settings) {
        for (StorageFolder folder : settings.folders()) {
            List<String> directory = segments(folder.directory());
            List<String> rest = null;
            if (!directory.isEmpty() && isDrive(directory.get(0))) {
                List<String> adminShare = new ArrayList<>(directory);
                adminShare.set(0, directory.get(0).charAt(0) + "$");
                rest = after(shareAndBelow, adminShare);
            }
            String access = folder.accessPath().toString();
            if (rest == null && (access.startsWith("\\\\") || access.startsWith("//"))) {
                List<String> accessSegments = segments(access);
                if (!accessSegments.isEmpty() && settings.isServer(accessSegments.get(0))) {
                    rest = after(shareAndBelow, accessSegments.subList(1, accessSegments.size()));
                }
            }
            if (rest != null) {
                return rest;
            }
        }
        return null;
    }

    private static boolean isAdminShare(String segment) {
        return segment.length() == 2 && Character.isLetter(segment.charAt(0)) && segment.charAt(1) == '$';
    }

    private static boolean isDrive(String segment) {
        return segment.length() == 2 && Character.isLetter(segment.charAt(0)) && segment.charAt(1) == ':';
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

    /** The rest of {@code path} after {@code prefix} (empty when it is the prefix itself), or {@code null} when it does not start with it. */
    private static List<String> after(List<String> path, List<String> prefix) {
        if (prefix.isEmpty() || path.size() < prefix.size()) {
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
