package org.osdkit.statemigration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.osdkit.core.OsdkitException;
import org.osdkit.core.SiteCode;
import org.osdkit.statemigration.internal.ExportText;

/**
 * Reads SMP settings from {@code Get-CMStateMigrationPoint | ConvertTo-Json -Depth 5} (the role's
 * {@code SMS_SCI_SysResUse} item): {@code Props} {@code SMPStoreDeletionDelayTimeInMinutes},
 * {@code SMPStoreDeletionCycleTimeInMinutes}, {@code SMPQuiesceState}, {@code Server Remote Name},
 * and the {@code Directories} property list. Only values ConfigMgr actually holds are used: nothing
 * missing is replaced by an assumed default.
 */
public final class SmpRoleExport {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SmpRoleExport() {
    }

    /**
     * Every SMP role in {@code file}; {@code accessPaths} maps a storage folder's {@code Directory} to
     * where osdkit reaches it (missing = the directory itself).
     */
    public static List<SmpSettings> read(Path file, Map<String, Path> accessPaths, int storeDepth) {
        JsonNode root;
        try (Reader reader = ExportText.open(file)) {
            root = MAPPER.readTree(reader);
        } catch (NoSuchFileException e) {
            throw new OsdkitException(SmpErrors.EXPORT_UNREADABLE, "The SMP role export " + file + " does not exist.");
        } catch (IOException e) {
            throw new OsdkitException(SmpErrors.EXPORT_UNREADABLE, "The SMP role export " + file + " is not JSON: " + e.getMessage(), null, e);
        }
        List<SmpSettings> out = new ArrayList<>();
        JsonNode roles = root != null && root.isArray() ? root : root != null && root.has("value") ? root.get("value") : root;
        for (JsonNode role : roles == null || !roles.isArray() ? List.of(root) : iterable(roles)) {
            if (role != null && role.isObject()) {
                out.add(role(file, role, accessPaths, storeDepth));
            }
        }
        if (out.isEmpty()) {
            throw new OsdkitException(SmpErrors.EXPORT_UNREADABLE, file + " holds no State Migration Point role.",
                    "Export it with: Get-CMStateMigrationPoint | ConvertTo-Json -Depth 5 | Out-File smp.json");
        }
        return out;
    }

    private static Iterable<JsonNode> iterable(JsonNode array) {
        List<JsonNode> list = new ArrayList<>();
        array.forEach(list::add);
        return list;
    }

    private static SmpSettings role(Path file, JsonNode role, Map<String, Path> accessPaths, int storeDepth) {
        String server = prop(role, "Server Remote Name", "Value1");
        if (server == null || server.isBlank()) {
            String nal = text(role.get("NetworkOSPath"));
            server = nal == null ? null : nal.replace("\\", "");
        }
        String delay = required(file, role, "SMPStoreDeletionDelayTimeInMinutes");
        String cycle = required(file, role, "SMPStoreDeletionCycleTimeInMinutes");
        String quiesce = prop(role, "SMPQuiesceState", "Value");
        List<StorageFolder> folders = new ArrayList<>();
        for (JsonNode list : iterable(role.path("PropLists"))) {
            if ("Directories".equalsIgnoreCase(text(list.get("PropertyListName")))) {
                for (JsonNode v : iterable(list.path("Values"))) {
                    String value = text(v);
                    String directory = StorageFolder.parse(value, null).directory();
                    folders.add(StorageFolder.parse(value, accessPaths.get(directory)));
                }
            }
        }
        String site = text(role.get("SiteCode"));
        try {
            return new SmpSettings(server, site == null ? null : SiteCode.of(site), folders, Duration.ofMinutes(Long.parseLong(delay)),
                    Duration.ofMinutes(Long.parseLong(cycle)), "1".equals(quiesce), storeDepth);
        } catch (NumberFormatException e) {
            throw new OsdkitException(SmpErrors.INVALID_SETTINGS, file + ": a deletion delay or cycle is not a whole number of minutes (" + e.getMessage() + ").");
        }
    }

    private static String required(Path file, JsonNode role, String name) {
        String v = prop(role, name, "Value");
        if (v == null) {
            throw new OsdkitException(SmpErrors.INVALID_SETTINGS, file + " has no " + name + " property in the SMP role.",
                    "Export the role with ConvertTo-Json -Depth 5 so that Props are included; osdkit never assumes a default.");
        }
        return v;
    }

    private static String prop(JsonNode role, String name, String field) {
        for (JsonNode p : iterable(role.path("Props"))) {
            if (name.equalsIgnoreCase(text(p.get("PropertyName")))) {
                return text(p.get(field));
            }
        }
        return null;
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }
}
