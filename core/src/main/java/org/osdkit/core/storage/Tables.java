package org.osdkit.core.storage;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Looks at tables of the connection's current schema by name, whatever case the database stored
 * them in: H2 upper-cases unquoted names (the old migrator's tables) while Flyway quotes its own
 * in lower case; PostgreSQL lower-cases both.
 */
final class Tables {

    private Tables() {
    }

    /** Every table of the current schema, with its name as stored. */
    static List<String> all(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        String schema = c.getSchema();
        String pattern = schema == null ? null : schema.replace("_", meta.getSearchStringEscape() + "_").replace("%", meta.getSearchStringEscape() + "%");
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = meta.getTables(null, pattern, null, new String[] {"TABLE"})) {
            while (rs.next()) {
                if (schema == null || schema.equals(rs.getString("TABLE_SCHEM"))) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
        }
        return tables;
    }

    /** The stored name of table {@code name} (any case), if it exists. */
    static Optional<String> find(Connection c, String name) throws SQLException {
        return all(c).stream().filter(t -> t.equalsIgnoreCase(name)).findFirst();
    }

    /** The column names of a table, lower case. */
    static Set<String> columns(Connection c, String storedName) throws SQLException {
        Set<String> columns = new HashSet<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + quote(storedName) + " WHERE 1 = 0")) {
            ResultSetMetaData meta = rs.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.add(meta.getColumnName(i).toLowerCase(Locale.ROOT));
            }
        }
        return columns;
    }

    static String quote(String storedName) {
        return '"' + storedName.replace("\"", "\"\"") + '"';
    }
}
