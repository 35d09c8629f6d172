package org.osdkit.drivers.inf;

import java.util.Comparator;

/**
 * A driver version {@code w.x.y.z}: four unsigned 16-bit parts compared as numbers, never as text
 * ({@code 1.10} is newer than {@code 1.9}).
 */
public record DriverVersion(int major, int minor, int build, int revision) implements Comparable<DriverVersion> {

    /** The largest value a part may have; 65535 is reserved. */
    public static final int MAX_PART = 65534;

    private static final Comparator<DriverVersion> ORDER = Comparator.comparingInt(DriverVersion::major)
            .thenComparingInt(DriverVersion::minor).thenComparingInt(DriverVersion::build).thenComparingInt(DriverVersion::revision);

    public DriverVersion {
        for (int part : new int[] {major, minor, build, revision}) {
            if (part < 0 || part > MAX_PART) {
                throw new IllegalArgumentException("a driver version part must be 0.." + MAX_PART + ", was " + part);
            }
        }
    }

    /**
     * Parses one to four dot-separated decimal parts ({@code 1.1} is {@code 1.1.0.0}); leading zeros
     * are allowed ({@code 1.00.0000}).
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static DriverVersion parse(String text) {
        String[] parts = text.strip().split("\\.", -1);
        if (parts.length < 1 || parts.length > 4) {
            throw new IllegalArgumentException("\"" + text + "\" has " + parts.length + " parts; a version has one to four");
        }
        int[] values = new int[4];
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i].strip();
            if (p.isEmpty() || p.length() > 5 || !p.chars().allMatch(Character::isDigit)) {
                throw new IllegalArgumentException("\"" + text + "\" part " + (i + 1) + " is not a number from 0 to " + MAX_PART);
            }
            values[i] = Integer.parseInt(p);
            if (values[i] > MAX_PART) {
                throw new IllegalArgumentException("\"" + text + "\" part " + (i + 1) + " is " + values[i] + "; at most " + MAX_PART + " is allowed");
            }
        }
        return new DriverVersion(values[0], values[1], values[2], values[3]);
    }

    public boolean isZero() {
        return major == 0 && minor == 0 && build == 0 && revision == 0;
    }

    /**
     * The version packed into one signed 64-bit number with the same order, for a database column.
     * The sign bit is flipped so a major part of 32768 or more still sorts after smaller ones.
     */
    public long packed() {
        return (((long) major << 48) | ((long) minor << 32) | ((long) build << 16) | revision) ^ Long.MIN_VALUE;
    }

    public static DriverVersion unpack(long packed) {
        long raw = packed ^ Long.MIN_VALUE;
        return new DriverVersion((int) (raw >>> 48) & 0xFFFF, (int) (raw >>> 32) & 0xFFFF, (int) (raw >>> 16) & 0xFFFF, (int) raw & 0xFFFF);
    }

    @Override
    public int compareTo(DriverVersion o) {
        return ORDER.compare(this, o);
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + build + "." + revision;
    }
}
