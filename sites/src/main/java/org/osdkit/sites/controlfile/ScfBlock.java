package org.osdkit.sites.controlfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A {@code BEGIN_<TYPE>} ... {@code END_<TYPE>} block: its positional values, properties, other
 * records and nested blocks, in file order within each kind.
 *
 * @param type       block type without the prefix, e.g. {@code SITE_DEFINITION}
 * @param beginLine  line of {@code BEGIN_}
 * @param endLine    line of {@code END_}, or 0 when the file ends first
 * @param values     positional {@code <value>} lines
 * @param properties {@code PROPERTY} lines
 * @param records    other keyword lines
 * @param children   nested blocks ({@code PROPERTY_LIST}, components ...)
 */
public record ScfBlock(String type, int beginLine, int endLine, List<ScfValue> values, List<ScfProperty> properties,
                       List<ScfRecord> records, List<ScfBlock> children) {

    public ScfBlock {
        values = List.copyOf(values);
        properties = List.copyOf(properties);
        records = List.copyOf(records);
        children = List.copyOf(children);
    }

    /** The first positional value: the item name of components, the list name of property lists. */
    public String name() {
        return values.isEmpty() ? "" : values.get(0).text();
    }

    /** The property called {@code name} (case-insensitive), when there is one. */
    public Optional<ScfProperty> property(String name) {
        return properties.stream().filter(p -> p.name().equalsIgnoreCase(name)).findFirst();
    }

    /** This block and every nested block of {@code type} (case-insensitive), depth first. */
    public List<ScfBlock> find(String type) {
        List<ScfBlock> found = new ArrayList<>();
        collect(type.toUpperCase(Locale.ROOT), found);
        return found;
    }

    private void collect(String wanted, List<ScfBlock> found) {
        if (type.toUpperCase(Locale.ROOT).equals(wanted)) {
            found.add(this);
        }
        children.forEach(c -> c.collect(wanted, found));
    }

    /** The number of {@code PROPERTY} lines in this block and all nested ones. */
    public int propertyCount() {
        return properties.size() + children.stream().mapToInt(ScfBlock::propertyCount).sum();
    }
}
