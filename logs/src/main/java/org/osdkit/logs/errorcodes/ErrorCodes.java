package org.osdkit.logs.errorcodes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.osdkit.core.OsdkitException;
import org.osdkit.logs.LogsErrors;

/**
 * Decodes HRESULTs, Win32 errors and exit codes in any form found in logs ({@code 0x80004005},
 * {@code 80004005}, {@code -2147467259}, {@code 2147500037}, {@code 87},
 * {@code (Error: 80070057; Source: Windows)}) with the table shipped in {@code error-codes.csv} (see the README
 * beside it for its sources) and the facility names of {@code facilities.csv}.
 */
public final class ErrorCodes {

    /** Codes as they appear inside messages; bare 8-digit hex only when it is a failure code and not part of a GUID or hash. */
    private static final Pattern IN_TEXT = Pattern.compile(
            "(?<![0-9A-Za-z_])0[xX]([0-9A-Fa-f]{1,8})(?![0-9A-Za-z])"
                    + "|(?<![0-9A-Za-z_\\-{.])([89A-Fa-f][0-9A-Fa-f]{7})(?![0-9A-Za-z\\-}])"
                    + "|(?<![0-9A-Za-z_.])(-[12][0-9]{9})(?![0-9])"
                    + "|(?<![0-9A-Za-z_.\\-])([234][0-9]{9})(?![0-9])"
                    + "|(?i:exit code|error code|return code|returned|error|code)\\s*[:=]?\\s*\\(?(-?[0-9]{1,5})(?![0-9A-Za-z.])");

    private final SortedCodeLines lines;
    private final Map<Integer, Facility> facilities;
    private static final int CACHED_CODES = 10_000;
    /** The rows found for each code looked up so far, so a log with one code in many lines searches once. */
    private final Map<Long, List<CodeMeaning>> byHex = new ConcurrentHashMap<>();
    private final Map<Integer, List<CodeMeaning>> byNumber = new ConcurrentHashMap<>();
    /** The whole table, read at the first call that lists it ({@link #rows()}, {@link #rowsOf}). */
    private volatile List<CodeMeaning> rows;

    private ErrorCodes(SortedCodeLines lines, Map<Integer, Facility> facilities) {
        this.lines = lines;
        this.facilities = facilities;
    }

    private static final class Holder {
        static final ErrorCodes BUILT_IN = load();
    }

    /** The table shipped with osdkit. */
    public static ErrorCodes builtIn() {
        return Holder.BUILT_IN;
    }

    /** Decodes one code in any accepted form, or the first code found in a longer text. */
    public DecodedCode decode(String text) {
        Long value = parseNumber(text.strip());
        if (value != null) {
            return describe(text.strip(), value);
        }
        List<DecodedCode> found = findIn(text);
        if (found.isEmpty()) {
            throw new OsdkitException(LogsErrors.INVALID_ERROR_CODE, "\"" + text + "\" is not an error code.",
                    "Give it as 0x80004005, 80004005, -2147467259, 2147500037 or a Win32 number such as 87.");
        }
        return found.get(0);
    }

    /** Every code in {@code text}, in order, each once. */
    public List<DecodedCode> findIn(String text) {
        List<DecodedCode> out = new ArrayList<>();
        for (long v : valuesIn(text)) {
            out.add(describe(text, v));
        }
        return out;
    }

    /**
     * The numeric values of the codes in {@code text}: 32-bit values for HRESULTs, or the plain
     * number for small codes (Win32 errors, exit codes). Used by diagnosis rules to match a code in
     * any of its forms.
     */
    public static Set<Long> valuesIn(CharSequence text) {
        Set<Long> values = new LinkedHashSet<>();
        Matcher m = IN_TEXT.matcher(text);
        while (m.find()) {
            Long v = null;
            if (m.group(1) != null) {
                v = Long.parseLong(m.group(1), 16);
            } else if (m.group(2) != null) {
                v = Long.parseLong(m.group(2), 16);
            } else if (m.group(3) != null) {
                long s = Long.parseLong(m.group(3));
                v = s >= Integer.MIN_VALUE ? s & 0xFFFFFFFFL : null;
            } else if (m.group(4) != null) {
                long u = Long.parseLong(m.group(4));
                v = u >= 0x80000000L && u <= 0xFFFFFFFFL ? u : null;
            } else if (m.group(5) != null) {
                v = Long.parseLong(m.group(5)) & 0xFFFFFFFFL;
            }
            if (v != null) {
                values.add(v);
            }
        }
        return values;
    }

    /**
     * Reads one number: {@code 0x} hex, exactly 8 hex digits, signed or unsigned decimal. {@code null}
     * when {@code token} is not a number (8 decimal digits count as hex, the way logs write HRESULTs).
     */
    public static Long parseNumber(String token) {
        String t = token.strip();
        try {
            if (t.regionMatches(true, 0, "0x", 0, 2) && t.length() > 2 && t.length() <= 10) {
                return Long.parseLong(t.substring(2), 16);
            }
            if (t.length() == 8 && t.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                return Long.parseLong(t, 16);
            }
            if (t.matches("-?[0-9]{1,10}")) {
                long v = Long.parseLong(t);
                if (v < Integer.MIN_VALUE || v > 0xFFFFFFFFL) {
                    return null;
                }
                return v & 0xFFFFFFFFL;
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return null;
    }

    /**
     * Decodes a 32-bit value. Small values (up to 65535) are Win32 errors or exit codes: their kind is
     * {@code Win32}, their facility that of their HRESULT form {@code 0x8007xxxx}, and their meanings include
     * that form's. {@code input} decides the order of meanings for small values: written as an 8-digit hex
     * HRESULT ({@code 0x00000001}) the HRESULT meaning ({@code S_FALSE}) comes first, else the Win32 one.
     */
    DecodedCode describe(String input, long value) {
        boolean small = value <= 0xFFFF;
        int top = (int) (value >>> 30);
        boolean ntBit = ((value >> 28) & 1) == 1;
        String kind;
        String severity;
        int facility;
        String facilityName;
        if (small) {
            kind = "Win32";
            severity = value == 0 ? "success" : "error";
            facility = 7;
            facilityName = facilityName(7);
        } else if (ntBit) {
            // HRESULT_FROM_NT: an NTSTATUS with the N bit set; its severity bits are the NTSTATUS's.
            kind = "HRESULT from NTSTATUS";
            severity = new String[] {"success", "informational", "warning", "error"}[top];
            facility = (int) ((value >> 16) & 0xFFF);
            facilityName = facility == 0 ? "NTSTATUS" : "NTSTATUS facility " + facility;
        } else if (top == 1 || top == 3) {
            kind = "NTSTATUS";
            severity = top == 1 ? "informational" : "error";
            facility = (int) ((value >> 16) & 0xFFF);
            facilityName = facility == 0 ? "NTSTATUS" : "NTSTATUS facility " + facility;
        } else {
            kind = "HRESULT";
            severity = top == 2 ? "failure" : "success";
            facility = (int) ((value >> 16) & 0x7FF);
            facilityName = facilityName(facility);
        }
        int code = (int) (value & 0xFFFF);
        Integer win32 = small || (kind.equals("HRESULT") && facility == 7) ? Integer.valueOf(code) : null;
        long hresult = small && value != 0 ? 0x80070000L | value : value;
        List<CodeMeaning> meanings = new ArrayList<>();
        if (small) {
            boolean writtenAsHresult = input.strip().matches("(?i)(0x)?[0-9a-f]{8}");
            if (writtenAsHresult) {
                meanings.addAll(byHex(value));
            }
            meanings.addAll(byNumber(code, true));
            if (!writtenAsHresult) {
                meanings.addAll(byHex(value));
            }
            if (value != 0) {
                meanings.addAll(byHex(hresult));
            }
            meanings.addAll(byNumber(code, false));
        } else if (win32 != null) {
            // 0x8007xxxx: the Win32 error first (and WinHTTP's, whose codes ConfigMgr logs most), then the HRESULT names.
            meanings.addAll(byNumber(code, true));
            meanings.addAll(byHex(value));
            for (CodeMeaning m : byNumber(code, false)) {
                if (!m.domain().equals("USMT")) {
                    meanings.add(m); // exit codes apply to a plain number only
                }
            }
        } else {
            meanings.addAll(byHex(value));
            if (kind.equals("HRESULT from NTSTATUS")) {
                meanings.addAll(byHex(value & ~0x10000000L));
            }
        }
        if (kind.equals("HRESULT") && top == 2 && !meanings.isEmpty() && meanings.stream().allMatch(m -> m.domain().equals("NTSTATUS"))) {
            kind = "NTSTATUS";
            severity = "warning";
        }
        return new DecodedCode(input, String.format("0x%08X", value), (int) value, value, kind, severity,
                String.format("0x%08X", hresult), (value >>> 31) == 1, ((value >> 29) & 1) == 1, ntBit, facility,
                facilityName, code, win32, meanings);
    }

    /** Rows of the 32-bit code {@code value}, most specific domain first (an ITF code is interface-specific). */
    private List<CodeMeaning> byHex(long value) {
        List<CodeMeaning> known = byHex.get(value);
        if (known != null) {
            return known;
        }
        List<CodeMeaning> found = new ArrayList<>(meanings(lines.hex(value)));
        found.sort(Comparator.comparingInt(m -> DOMAIN_ORDER.indexOf(m.domain()) < 0 ? 99 : DOMAIN_ORDER.indexOf(m.domain())));
        return remember(byHex, value, List.copyOf(found));
    }

    /** Keeps what a lookup found, up to a bound: a long-running dashboard may decode ever new codes. */
    private static <K> List<CodeMeaning> remember(Map<K, List<CodeMeaning>> cache, K key, List<CodeMeaning> found) {
        if (cache.size() < CACHED_CODES) {
            cache.put(key, found);
        }
        return found;
    }

    /** Rows of the Win32 range for {@code number}: the Win32 and WinHTTP ones, or ({@code first} false) the others. */
    private List<CodeMeaning> byNumber(int number, boolean first) {
        List<CodeMeaning> all = byNumber.get(number);
        if (all == null) {
            all = remember(byNumber, number, meanings(lines.number(number)));
        }
        List<CodeMeaning> out = new ArrayList<>();
        for (CodeMeaning m : all) {
            boolean primary = m.domain().equals("Win32") || m.domain().equals("WinHTTP");
            if (primary == first) {
                out.add(m);
            }
        }
        return out;
    }

    /** The facility's name ({@code WIN32}, {@code HTTP}, {@code ConfigMgr}), or {@code unknown}. */
    public String facilityName(int facility) {
        Facility f = facilities.get(facility);
        return f == null ? "unknown" : f.name();
    }

    /** Every row of the table, in table order (Win32-range numbers first, then 32-bit codes by value). */
    public List<CodeMeaning> rows() {
        List<CodeMeaning> all = rows;
        if (all == null) {
            all = meanings(readCsv("error-codes.csv", 9));
            rows = all;
        }
        return all;
    }

    /** The facilities the table knows, by number. */
    public Map<Integer, Facility> facilities() {
        return facilities;
    }

    /**
     * The rows of one facility or domain: {@code name} is a facility name or alias ({@code HTTP}, {@code ITF},
     * {@code WIN32}, {@code 0x19} or {@code 25}) or a domain ({@code USMT}, {@code ConfigMgr}), any case. For
     * {@code WIN32} the Win32 rows are listed in their HRESULT form {@code 0x8007xxxx}, computed from the Win32 rows.
     * Empty when nothing matches the name.
     */
    public List<CodeMeaning> rowsOf(String name) {
        String n = name.strip();
        Integer number = null;
        Long parsed = parseNumber(n);
        if (parsed != null && parsed < 0x800) {
            number = parsed.intValue();
        } else {
            for (Map.Entry<Integer, Facility> e : facilities.entrySet()) {
                if (e.getValue().matches(n)) {
                    number = e.getKey();
                }
            }
        }
        List<CodeMeaning> out = new ArrayList<>();
        if (number != null && number == 7) {
            for (CodeMeaning m : rows()) {
                if (m.domain().equals("Win32") || m.domain().equals("WinHTTP") || m.domain().equals("WinINet")) {
                    int c = Integer.parseInt(m.code());
                    if (c != 0 && c <= 0xFFFF) {
                        out.add(new CodeMeaning(String.format("0x%08X", 0x80070000L | c), m.domain(), "WIN32", m.symbol(), m.aliases(),
                                m.message(), m.messageKind(), "HRESULT_FROM_WIN32 of Win32 code " + c + "; " + m.source(), m.verified()));
                    }
                }
            }
        }
        String facilityName = number == null ? null : facilityName(number);
        for (CodeMeaning m : rows()) {
            boolean hexRow = m.code().startsWith("0x");
            if (m.domain().equalsIgnoreCase(n) || (facilityName != null && hexRow && m.facility().equals(facilityName))) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * A facility of the HRESULT layout.
     *
     * @param number  bits 16-26 of the code
     * @param name    its name ({@code HTTP})
     * @param aliases other names of the same number ({@code SECURITY} for {@code SSPI})
     * @param source  where it comes from
     */
    public record Facility(int number, String name, List<String> aliases, String source) {

        public Facility {
            aliases = List.copyOf(aliases);
        }

        boolean matches(String text) {
            String t = text.toUpperCase(Locale.ROOT).replaceFirst("^FACILITY_", "");
            return name.toUpperCase(Locale.ROOT).equals(t) || aliases.stream().anyMatch(a -> a.equalsIgnoreCase(t));
        }
    }

    private static ErrorCodes load() {
        Map<Integer, Facility> facilities = new TreeMap<>();
        for (String[] f : readCsv("facilities.csv", 4)) {
            int number = Integer.parseInt(f[0]);
            facilities.put(number, new Facility(number, f[1], words(f[2]), f[3]));
        }
        return new ErrorCodes(new SortedCodeLines(resource("error-codes.csv")), Collections.unmodifiableMap(facilities));
    }

    /** The table's records as meanings, checking each has the table's 9 fields. */
    private static List<CodeMeaning> meanings(List<String[]> records) {
        List<CodeMeaning> out = new ArrayList<>(records.size());
        for (String[] f : records) {
            if (f.length != 9) {
                throw new IllegalStateException("error-codes.csv: row needs 9 fields: " + String.join(",", f));
            }
            out.add(new CodeMeaning(f[0], f[1], f[2], f[3], words(f[4]), f[5], f[6], f[7], f[8]));
        }
        return List.copyOf(out);
    }

    private static final List<String> DOMAIN_ORDER = List.of("ConfigMgr", "USMT", "Setup", "DISM", "WindowsUpdate", "BITS", "HTTP", "WMI", "HRESULT", "NTSTATUS");

    private static List<String> words(String s) {
        return s.isBlank() ? List.of() : List.of(s.strip().split(" +"));
    }

    /**
     * The rows of one of the table's CSV files, header left out. Read by {@link TableCsv} rather than
     * Jackson: a command that decodes one code (the most common start-up) then loads no data-binding
     * classes.
     */
    private static List<String[]> readCsv(String resource, int fields) {
        List<String[]> rows = TableCsv.parse(new String(resource(resource), StandardCharsets.UTF_8));
        List<String[]> out = new ArrayList<>(Math.max(0, rows.size() - 1));
        for (String[] row : rows.subList(Math.min(1, rows.size()), rows.size())) {
            if (row.length != fields) {
                throw new IllegalStateException(resource + ": row needs " + fields + " fields: " + String.join(",", row));
            }
            out.add(row);
        }
        return out;
    }

    private static byte[] resource(String name) {
        try (InputStream in = ErrorCodes.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the osdkit-logs jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
