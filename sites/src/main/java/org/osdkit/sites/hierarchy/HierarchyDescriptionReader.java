package org.osdkit.sites.hierarchy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.osdkit.core.OsdkitException;
import org.osdkit.core.SiteCode;
import org.osdkit.sites.SiteErrors;
import org.osdkit.sites.SiteType;

/**
 * Reads a hierarchy description in YAML or JSON: a list of sites (or an object whose {@code sites}
 * field is one), each with {@code code}, {@code name}, {@code type}, optional {@code parent},
 * {@code server} and {@code version}. A bad entry is reported with its line and skipped; the rest is read.
 */
final class HierarchyDescriptionReader {

    private static final Set<String> FIELDS = Set.of("code", "name", "type", "parent", "server", "version");

    private final Path file;
    private final List<Site> sites = new ArrayList<>();
    private final List<HierarchyProblem> problems = new ArrayList<>();

    private HierarchyDescriptionReader(Path file) {
        this.file = file;
    }

    /** The sites read and the problems met; fails only when the file is not readable YAML/JSON at all. */
    record Result(List<Site> sites, List<HierarchyProblem> problems) {
    }

    public static Result read(Path file) {
        HierarchyDescriptionReader reader = new HierarchyDescriptionReader(file);
        reader.run();
        return new Result(List.copyOf(reader.sites), List.copyOf(reader.problems));
    }

    private void run() {
        JsonFactory factory = isJson() ? new JsonFactory() : new YAMLFactory();
        ObjectMapper mapper = new ObjectMapper(factory);
        try (JsonParser p = factory.createParser(file.toFile())) {
            JsonToken first = p.nextToken();
            if (first == JsonToken.START_OBJECT) {
                if (!seekSites(p)) {
                    throw unreadable("it has no \"sites\" list", p.currentLocation().getLineNr());
                }
            } else if (first != JsonToken.START_ARRAY) {
                throw unreadable("it must be a list of sites or an object with a \"sites\" list", p.currentLocation().getLineNr());
            }
            int index = 0;
            while (p.nextToken() == JsonToken.START_OBJECT) {
                int line = p.currentTokenLocation().getLineNr();
                JsonNode node = mapper.readTree(p);
                entry(node, file.getFileName() + " line " + line + " (sites[" + index++ + "])");
            }
        } catch (JsonProcessingException e) {
            throw unreadable(e.getOriginalMessage(), e.getLocation() == null ? 0 : e.getLocation().getLineNr());
        } catch (IOException e) {
            throw new OsdkitException(SiteErrors.FILE_UNREADABLE, "Cannot read " + file + ": " + e.getMessage() + ".", "Check the path.", e);
        }
    }

    private boolean seekSites(JsonParser p) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if ("sites".equals(name) && value == JsonToken.START_ARRAY) {
                return true;
            }
            p.skipChildren();
        }
        return false;
    }

    private void entry(JsonNode node, String where) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                problems.add(HierarchyProblem.warning(null, where + ": unknown field \"" + name + "\" ignored (known: code, name, type, parent, server, version)"));
            }
        }
        SiteCode code;
        try {
            code = SiteCode.of(text(node, "code"));
        } catch (OsdkitException e) {
            problems.add(HierarchyProblem.error(null, where + ": code: " + e.getMessage()));
            return;
        }
        try {
            SiteType type = SiteType.parse(text(node, "type"));
            String parentText = text(node, "parent");
            SiteCode parent = parentText == null || parentText.isBlank() ? null : SiteCode.of(parentText);
            String name = text(node, "name");
            if (name == null || name.isBlank()) {
                problems.add(HierarchyProblem.warning(code, where + ": site " + code + " has no name"));
            }
            sites.add(new Site(code, name, type, parent, text(node, "server"), text(node, "version"), where));
        } catch (OsdkitException e) {
            problems.add(HierarchyProblem.error(code, where + ": site " + code + ": " + e.getMessage()));
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private boolean isJson() {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return true;
        }
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return false;
        }
        try {
            String start = Files.readString(file).stripLeading();
            return start.startsWith("{") || start.startsWith("[");
        } catch (IOException e) {
            return false;
        }
    }

    private OsdkitException unreadable(String why, int line) {
        return new OsdkitException(SiteErrors.HIERARCHY_UNREADABLE, file + (line > 0 ? " line " + line : "") + ": " + why + ".",
                "Write a list of sites with code, name, type (cas, primary, secondary), parent, server and version.");
    }
}
