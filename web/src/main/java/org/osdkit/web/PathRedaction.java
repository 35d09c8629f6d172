package org.osdkit.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a client that is not signed in sees of absolute paths: only the last name, after an ellipsis
 * ({@code …/smpmgr.log}). It replaces POSIX paths, drive paths and UNC paths wherever they appear in a
 * string (a message names a file as often as a field does), so the layout of the server's disks stays
 * with the signed-in.
 */
final class PathRedaction {

    static final String HIDDEN = "\u2026";

    // A POSIX path is two or more /-separated names not preceded by a word or '/' (so a URL's host/path and the API's own
    // route paths stay); a drive path is a letter not inside a word (not the 'p:/' of 'http://').
    private static final Pattern PATH = Pattern.compile(
            "(?<![\\w/.\\]\\\\])(?:/(?!api/|signin|signout|assets/)[^\\s/\"'<>|;,()]+(?:/[^\\s/\"'<>|;,()]+)+/?"
                    + "|(?<!\\w)[A-Za-z]:[\\\\/](?!/)[^\\s\"'<>|;,()]*"
                    + "|\\\\\\\\[^\\s\\\\\"'<>|;,()]+\\\\[^\\s\"'<>|;,()]*)");

    private PathRedaction() {
    }

    static JsonNode redact(JsonNode node) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                f.setValue(redact(f.getValue()));
            }
            return object;
        }
        if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, redact(array.get(i)));
            }
            return array;
        }
        if (node.isTextual()) {
            String text = node.asText();
            String hidden = text(text);
            return hidden.equals(text) ? node : TextNode.valueOf(hidden);
        }
        return node;
    }

    static String text(String text) {
        Matcher m = PATH.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        do {
            m.appendReplacement(out, Matcher.quoteReplacement(lastName(m.group())));
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }

    private static String lastName(String path) {
        String p = path.replaceAll("[\\\\/]+$", "");
        int cut = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
        String name = cut < 0 ? "" : p.substring(cut + 1);
        return HIDDEN + "/" + name;
    }
}
