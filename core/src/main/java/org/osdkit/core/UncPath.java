package org.osdkit.core;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A folder admins point ConfigMgr at: a UNC path {@code \\server\share\folder...} or, where an admin
 * tests without a file server, an absolute local folder ({@code C:\Drivers} or {@code /srv/drivers}).
 * UNC paths are normalised to backslashes without a trailing separator; segments {@code .} and
 * {@code ..} are refused so a path can never climb out of its share.
 *
 * @param value the normalised path
 */
public record UncPath(String value) {

    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,62})?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,62})?)*|\\[[0-9A-Fa-f:.]+\\]");
    private static final String FORBIDDEN_IN_SEGMENT = "<>:\"|?*";
    private static final String FORBIDDEN_IN_SHARE = "<>:\"|?*/\\[];=+,";
    private static final Pattern WINDOWS_DRIVE = Pattern.compile("[A-Za-z]:\\\\.*");

    public UncPath {
        if (value == null || value.isBlank()) {
            throw invalid(value, "a path is required");
        }
        value = value.strip();
        if (value.startsWith("\\\\") || value.startsWith("//")) {
            value = normaliseUnc(value);
        } else if (WINDOWS_DRIVE.matcher(value).matches()) {
            value = normaliseSegments(value.substring(0, 2), value.substring(3), value, "\\");
        } else if (value.startsWith("/")) {
            value = normaliseSegments("", value.substring(1), value, "/");
        } else {
            throw invalid(value, "use \\\\server\\share\\folder, or an absolute local folder where you test without a file server");
        }
    }

    public static UncPath of(String value) {
        return new UncPath(value);
    }

    /** A local test folder as a path, for admins who test on a workstation. */
    public static UncPath of(Path localFolder) {
        return new UncPath(localFolder.toAbsolutePath().normalize().toString());
    }

    private static String normaliseUnc(String raw) {
        String body = raw.substring(2).replace('/', '\\');
        String[] parts = body.split("\\\\", -1);
        if (parts.length < 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
            throw invalid(raw, "a UNC path needs a server and a share: \\\\server\\share");
        }
        if (!HOST.matcher(parts[0]).matches()) {
            throw invalid(raw, "\"" + parts[0] + "\" is not a valid server name");
        }
        for (char c : parts[1].toCharArray()) {
            if (FORBIDDEN_IN_SHARE.indexOf(c) >= 0 || Character.isISOControl(c)) {
                throw invalid(raw, "the share name \"" + parts[1] + "\" contains the forbidden character '" + c + "'");
            }
        }
        String rest = body.substring(parts[0].length() + 1 + parts[1].length());
        return normaliseSegments("\\\\" + parts[0] + "\\" + parts[1], rest.isEmpty() ? "" : rest.substring(1), raw, "\\");
    }

    private static String normaliseSegments(String root, String rest, String raw, String separator) {
        List<String> kept = new ArrayList<>();
        for (String segment : rest.split("[\\\\/]")) {
            if (segment.isEmpty()) {
                continue;
            }
            if (segment.equals(".") || segment.equals("..")) {
                throw invalid(raw, "\".\" and \"..\" segments are not allowed");
            }
            for (char c : segment.toCharArray()) {
                if ((separator.equals("\\") && FORBIDDEN_IN_SEGMENT.indexOf(c) >= 0) || Character.isISOControl(c)) {
                    throw invalid(raw, "the folder name \"" + segment + "\" contains the forbidden character '" + c + "'");
                }
            }
            kept.add(segment);
        }
        if (kept.isEmpty()) {
            return root.isEmpty() ? "/" : (root.endsWith(":") ? root + "\\" : root);
        }
        String joined = String.join(separator, kept);
        return root.isEmpty() ? "/" + joined : root + separator + joined;
    }

    private static OsdkitException invalid(String value, String why) {
        return new OsdkitException(CoreErrors.INVALID_UNC_PATH, "\"" + value + "\" is not a usable path: " + why + ".");
    }

    /** True for {@code \\server\share...}, false for a local folder. */
    public boolean isUnc() {
        return value.startsWith("\\\\");
    }

    /** The server of a UNC path, empty for a local folder. */
    public String server() {
        return isUnc() ? value.substring(2).split("\\\\")[0] : "";
    }

    /** The share of a UNC path ({@code Drivers}, {@code SMSPXEIMAGE$}); for a local folder its first segment. */
    public String share() {
        List<String> s = segments();
        return s.isEmpty() ? "" : s.get(0);
    }

    /** The folder names after the server (for UNC, the share first). */
    public List<String> segments() {
        String body = isUnc() ? value.substring(2 + server().length()) : value.replaceFirst("^[A-Za-z]:", "");
        List<String> out = new ArrayList<>();
        for (String s : body.split("[\\\\/]")) {
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    /** True when any segment equals {@code name}, ignoring case as Windows does. */
    public boolean hasSegment(String name) {
        return segments().stream().anyMatch(s -> s.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)));
    }

    /** This path with more folder names appended, separated the way this path is. */
    public UncPath resolve(String... children) {
        String separator = value.startsWith("/") ? "/" : "\\";
        StringBuilder b = new StringBuilder(value);
        for (String child : children) {
            if (b.charAt(b.length() - 1) != separator.charAt(0)) {
                b.append(separator);
            }
            b.append(child);
        }
        return new UncPath(b.toString());
    }

    /** The local folder this path names on this machine: a local path as is; a UNC path as the OS resolves it. */
    public Path toPath() {
        return Path.of(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
