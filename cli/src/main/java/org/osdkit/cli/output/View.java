package org.osdkit.cli.output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A result made of several parts, such as a driver's properties, its models and its files: a table
 * per part for people, ONE JSON object for machines (so {@code --output json} is always one document).
 * A properties part is a Property/Value table that becomes one JSON object; the other parts become
 * arrays of row objects. CSV holds one table, so a command refuses {@code --output csv} for a view.
 */
public final class View {

    private final Map<String, Object> json = new LinkedHashMap<>();
    private final List<Table> tables = new ArrayList<>();

    private View() {
    }

    public static View of() {
        return new View();
    }

    /** A Property/Value table: printed as it is, and in JSON one object of the property names and values. */
    public View properties(String name, Table properties) {
        if (properties.headers().size() != 2) {
            throw new IllegalArgumentException("a properties part has two columns (name and value), not " + properties.headers());
        }
        Map<String, Object> object = new LinkedHashMap<>();
        for (List<Object> row : properties.rows()) {
            object.put(String.valueOf(row.get(0)), Table.jsonValue(row.get(1)));
        }
        json.put(name, object);
        tables.add(properties);
        return this;
    }

    /** Rows: printed as a table, and in JSON an array of row objects under {@code name}. */
    public View table(String name, Table rows) {
        json.put(name, rows.asObjects());
        tables.add(rows);
        return this;
    }

    Map<String, Object> json() {
        return json;
    }

    List<Table> tables() {
        return tables;
    }
}
