package org.osdkit.statemigration.settings;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.osdkit.core.OsdkitException;
import org.osdkit.core.SiteCode;
import org.osdkit.statemigration.SmpErrors;

/**
 * Reads SMP settings from {@code Get-CMStateMigrationPoint | ConvertTo-Json -Depth 5} (the role's
 * {@code SMS_SCI_SysResUse} item): {@code Props} {@code SMPStoreDeletionDelayTimeInMinutes},
 * {@code SMPStoreDeletionCycleTimeInMinutes}, {@code SMPQuiesceState}, {@code Server Remote Name},
 * and the {@code Directories} property list. Only values ConfigMgr actually holds are used: nothing
 * missing is replaced by an assumed default.
 */
public final class SmpRoleExport {

    // Bytes, not text, go to Jackson: it detects UTF-8 and Windows PowerShell's UTF-16 (with or without a mark) itself.
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final TypeReference<List<Role>> ROLES = new TypeReference<>() { };

    /**
     * One {@code SMS_SCI_SysResUse} item; the AdminService's {@code {"value": [...]}} is read as an item
     * whose {@code value} holds the real ones.
     */
    record Role(@JsonProperty("SiteCode") String siteCode, @JsonProperty("NetworkOSPath") String networkOsPath,
                @JsonProperty("Props") List<Prop> props, @JsonProperty("PropLists") List<PropList> propLists,
                @JsonProperty("value") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<Role> value) {

        Role {
            props = props == null ? List.of() : props;
            propLists = propLists == null ? List.of() : propLists;
        }

        /** The property named {@code name} (any case); one with no fields set when there is none. */
        Prop prop(String name) {
            return props.stream().filter(p -> p != null && name.equalsIgnoreCase(p.name())).findFirst().orElse(new Prop(name, null, null));
        }
    }

    /** One embedded property: {@code PropertyName}, {@code Value} (a number) and {@code Value1} (a string). */
    record Prop(@JsonProperty("PropertyName") String name, @JsonProperty("Value") String value, @JsonProperty("Value1") String value1) {
    }

    /** One embedded property list, e.g. {@code Directories}. */
    record PropList(@JsonProperty("PropertyListName") String name, @JsonProperty("Values") List<String> values) {
    }

    private SmpRoleExport() {
    }

    /**
     * Every SMP role in {@code file}; {@code accessPaths} maps a storage folder's {@code Directory} to
     * where osdkit reaches it (missing = the directory itself).
     */
    public static List<SmpSettings> read(Path file, Map<String, Path> accessPaths, int storeDepth) {
        List<Role> roles;
        try (InputStream in = Files.newInputStream(file)) {
            // One role, an array of them (several SMPs), or the AdminService's wrapper: ACCEPT_SINGLE_VALUE_AS_ARRAY takes all three.
            roles = MAPPER.readerFor(ROLES).with(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY).readValue(in);
        } catch (NoSuchFileException e) {
            throw new OsdkitException(SmpErrors.EXPORT_UNREADABLE, "The SMP role export " + file + " does not exist.");
        } catch (StreamReadException e) {
            throw new OsdkitException(SmpErrors.EXPORT_UNREADABLE, "The SMP role export " + file + " is not JSON: " + e.getMessage(), null, e);
        } catch (DatabindException e) {
            throw new OsdkitException(SmpErrors.EXPORT_UNREADABLE, "The SMP role export " + file + " is not the JSON of a State Migration Point role: "
                    + e.getMessage(), "Export it with: Get-CMStateMigrationPoint | ConvertTo-Json -Depth 5 | Out-File smp.json", e);
        } catch (IOException e) {
            throw new OsdkitException(SmpErrors.EXPORT_UNREADABLE, "The SMP role export " + file + " cannot be read: " + e.getMessage(), null, e);
        }
        List<SmpSettings> out = new ArrayList<>();
        for (Role role : roles == null ? List.<Role>of() : roles) {
            if (role == null) {
                continue;
            }
            for (Role r : role.value() == null ? List.of(role) : role.value()) {
                if (r != null) {
                    out.add(settings(file, r, accessPaths, storeDepth));
                }
            }
        }
        if (out.isEmpty()) {
            throw new OsdkitException(SmpErrors.EXPORT_UNREADABLE, file + " holds no State Migration Point role.",
                    "Export it with: Get-CMStateMigrationPoint | ConvertTo-Json -Depth 5 | Out-File smp.json");
        }
        return out;
    }

    private static SmpSettings settings(Path file, Role role, Map<String, Path> accessPaths, int storeDepth) {
        String server = role.prop("Server Remote Name").value1();
        if (server == null || server.isBlank()) {
            server = role.networkOsPath() == null ? null : role.networkOsPath().replace("\\", "");
        }
        String delay = required(file, role, "SMPStoreDeletionDelayTimeInMinutes");
        String cycle = required(file, role, "SMPStoreDeletionCycleTimeInMinutes");
        String quiesce = role.prop("SMPQuiesceState").value();
        List<StorageFolder> folders = new ArrayList<>();
        for (PropList list : role.propLists()) {
            if (list != null && "Directories".equalsIgnoreCase(list.name()) && list.values() != null) {
                for (String value : list.values()) {
                    String directory = StorageFolder.parse(value, null).directory();
                    folders.add(StorageFolder.parse(value, accessPaths.get(directory)));
                }
            }
        }
        String site = role.siteCode();
        try {
            return new SmpSettings(server, site == null ? null : SiteCode.of(site), folders, Duration.ofMinutes(Long.parseLong(delay)),
                    Duration.ofMinutes(Long.parseLong(cycle)), "1".equals(quiesce), storeDepth);
        } catch (NumberFormatException e) {
            throw new OsdkitException(SmpErrors.INVALID_SETTINGS, file + ": a deletion delay or cycle is not a whole number of minutes (" + e.getMessage() + ").");
        }
    }

    private static String required(Path file, Role role, String name) {
        String v = role.prop(name).value();
        if (v == null) {
            throw new OsdkitException(SmpErrors.INVALID_SETTINGS, file + " has no " + name + " property in the SMP role.",
                    "Export the role with ConvertTo-Json -Depth 5 so that Props are included; osdkit never assumes a default.");
        }
        return v;
    }
}
