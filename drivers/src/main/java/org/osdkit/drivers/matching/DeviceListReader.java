package org.osdkit.drivers.matching;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.osdkit.core.OsdkitException;
import org.osdkit.core.text.TextDecoder;
import org.osdkit.drivers.catalog.DriverErrors;

/**
 * Reads a machine's devices from {@code pnputil /enum-devices /ids} output (text, as Windows prints
 * it: UTF-16 with or without a byte-order mark, UTF-8, or the ANSI code page) or from JSON: an array
 * of objects (or {@code {"devices": [...]}}) with
 * {@code InstanceId}, {@code Description}/{@code FriendlyName}, {@code HardwareIds}/{@code HardwareID}
 * and {@code CompatibleIds}/{@code CompatibleID}, as {@code Get-PnpDevice | ConvertTo-Json} gives them.
 */
public final class DeviceListReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** pnputil writes the console's code page, PowerShell's redirection UTF-16LE: core's decoder tells them apart. */
    private static final TextDecoder TEXT = TextDecoder.withFallback(TextDecoder.WINDOWS_1252);

    private DeviceListReader() {
    }

    public static List<Device> read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new OsdkitException(DriverErrors.DEVICE_LIST_INVALID, "Cannot read the device list " + file + ": " + e.getMessage() + ".");
        }
        return parse(TEXT.decode(bytes).text(), file.toString());
    }

    /** Parses text or JSON; {@code source} names the input in messages. */
    public static List<Device> parse(String text, String source) {
        String t = text.strip();
        List<Device> devices = t.startsWith("[") || t.startsWith("{") ? json(t, source) : pnputil(t);
        if (devices.isEmpty()) {
            throw new OsdkitException(DriverErrors.DEVICE_LIST_INVALID, source + " lists no devices.",
                    "Give the output of 'pnputil /enum-devices /ids' (Windows 10 2004 or later) or a JSON array of devices with HardwareIds.");
        }
        return devices;
    }

    /** {@code Label: value} lines, a list value continuing on indented lines; a device starts at "Instance ID". */
    private static List<Device> pnputil(String text) {
        List<Builder> devices = new ArrayList<>();
        String field = null;
        for (String raw : text.split("\r\n|\r|\n")) {
            if (raw.isBlank()) {
                field = null;
                continue;
            }
            int colon = raw.indexOf(':');
            String value;
            if (!Character.isWhitespace(raw.charAt(0)) && colon > 0) {
                field = raw.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                value = raw.substring(colon + 1).strip();
                if (field.equals("instance id")) {
                    devices.add(new Builder(value));
                }
            } else {
                value = raw.strip();
            }
            if (!devices.isEmpty() && field != null) {
                devices.get(devices.size() - 1).set(field, value);
            }
        }
        return devices.stream().map(Builder::build).toList();
    }

    private static final class Builder {
        final String instanceId;
        String description = "";
        final List<String> hardware = new ArrayList<>();
        final List<String> compatible = new ArrayList<>();

        Builder(String instanceId) {
            this.instanceId = instanceId;
        }

        void set(String field, String value) {
            if (value.isEmpty()) {
                return;
            }
            switch (field) {
                case "device description" -> description = value;
                case "hardware ids" -> hardware.add(value);
                case "compatible ids" -> compatible.add(value);
                default -> { }
            }
        }

        Device build() {
            return new Device(instanceId, description, hardware, compatible);
        }
    }

    private static List<Device> json(String text, String source) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new OsdkitException(DriverErrors.DEVICE_LIST_INVALID, source + " is not valid JSON: " + e.getOriginalMessage()
                    + " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ").");
        }
        JsonNode list = root.isObject() ? field(root, "devices") : root;
        if (list == null || !list.isArray()) {
            list = root.isObject() ? JSON.createArrayNode().add(root) : list;
        }
        List<Device> out = new ArrayList<>();
        int index = 0;
        for (JsonNode node : list) {
            index++;
            List<String> hw = strings(field(node, "hardwareids", "hardwareid", "hardware_ids"));
            if (hw.isEmpty()) {
                throw new OsdkitException(DriverErrors.DEVICE_LIST_INVALID, source + ": device " + index + " has no HardwareIds.");
            }
            JsonNode id = field(node, "instanceid", "instance_id", "deviceid", "pnpdeviceid");
            JsonNode description = field(node, "description", "friendlyname", "name", "devicedescription");
            out.add(new Device(id == null ? "device " + index : id.asText(), description == null ? "" : description.asText(), hw,
                    strings(field(node, "compatibleids", "compatibleid", "compatible_ids"))));
        }
        return out;
    }

    /** A field by any of its names, ignoring case. */
    private static JsonNode field(JsonNode node, String... names) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            for (String n : names) {
                if (e.getKey().equalsIgnoreCase(n)) {
                    return e.getValue();
                }
            }
        }
        return null;
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (node.isArray()) {
            node.forEach(n -> {
                if (!n.asText().isBlank()) {
                    out.add(n.asText().strip());
                }
            });
        } else if (!node.asText().isBlank()) {
            out.add(node.asText().strip());
        }
        return out;
    }
}
