package org.osdkit.cli.output;

import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows with named columns, printed as a table, CSV or JSON objects by the {@link Printer}. Column
 * names keep ConfigMgr's property names (PackageID, SiteCode) where there is one.
 */
public final class Table {

    private final List<String> headers;
    private final List<List<Object>> rows = new ArrayList<>();

    private Table(List<String> headers) {
        this.headers = List.copyOf(headers);
    }

    public static Table of(String... headers) {
        return new Table(Arrays.asList(headers));
    }

    public Table row(Object... values) {
        if (values.length != headers.size()) {
            throw new IllegalArgumentException("row has " + values.length + " values for " + headers.size() + " columns " + headers);
        }
        rows.add(Collections.unmodifiableList(new ArrayList<>(Arrays.asList(values))));
        return this;
    }

    public List<String> headers() {
        return headers;
    }

    public List<List<Object>> rows() {
        return Collections.unmodifiableList(rows);
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** Each row as an object keyed by column name, in column order: the JSON shape. */
    List<Map<String, Object>> asObjects() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (List<Object> row : rows) {
            Map<String, Object> object = new LinkedHashMap<>();
            for (int i = 0; i < headers.size(); i++) {
                object.put(headers.get(i), jsonValue(row.get(i)));
            }
            out.add(object);
        }
        return out;
    }

    /** Each row's cells as CSV writes them: the JSON cells, with lists and maps as their text (a cell holds one value). */
    List<List<Object>> csvRows() {
        List<List<Object>> out = new ArrayList<>();
        for (List<Object> row : rows) {
            out.add(row.stream().map(v -> v instanceof Map<?, ?> || v instanceof Collection<?> ? v.toString() : jsonValue(v)).toList());
        }
        return out;
    }

    /** Numbers, booleans and times keep their JSON types; paths and other values become their text. */
    static Object jsonValue(Object value) {
        if (value == null || value instanceof Number || value instanceof Boolean || value instanceof TemporalAccessor
                || value instanceof Map<?, ?> || value instanceof Collection<?>) {
            return value;
        }
        return value.toString();
    }
}
