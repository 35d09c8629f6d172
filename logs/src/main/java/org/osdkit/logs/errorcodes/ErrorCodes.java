package org.osdkit.logs.errorcodes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.osdkit.core.OsdkitException;
import org.osdkit.logs.LogsErrors;

/**
 * Decodes HRESULTs, Win32 errors and exit codes in any form found in logs ({@code 0x80004005},
 * {@code 80004005}, {@code -2147467259}, {@code 2147500037}, {@code 87},
 * {@code (Error: 80070057; Source: Windows)}) with the table shipped in {@code error-codes.tsv}.
 */
public final class ErrorCodes {

    private static final Map<Integer, String> FACILITIES = Map.ofEntries(
            Map.entry(0, "NULL"), Map.entry(1, "RPC"), Map.entry(2, "DISPATCH"), Map.entry(3, "STORAGE"), Map.entry(4, "ITF"),
            Map.entry(7, "WIN32"), Map.entry(8, "WINDOWS"), Map.entry(9, "SECURITY"), Map.entry(10, "CONTROL"), Map.entry(11, "CERT"),
            Map.entry(12, "INTERNET"), Map.entry(13, "MEDIASERVER"), Map.entry(14, "MSMQ"), Map.entry(15, "SETUPAPI"),
            Map.entry(16, "SCARD"), Map.entry(17, "COMPLUS"), Map.entry(23, "SXS"), Map.entry(32, "BACKGROUNDCOPY"),
            Map.entry(36, "WINDOWSUPDATE"), Map.entry(0x7D0, "ConfigMgr"), Map.entry(0x7D1, "ConfigMgr/Intune"), Map.entry(0x7D2, "ConfigMgr"));

    /** Codes as they appear inside messages; bare 8-digit hex only when it is a failure code and not part of a GUID or hash. */
    private static final Pattern IN_TEXT = Pattern.compile(
            "(?<![0-9A-Za-z_])0[xX]([0-9A-Fa-f]{1,8})(?![0-9A-Za-z])"
                    + "|(?<![0-9A-Za-z_\\-{.])([89A-Fa-f][0-9A-Fa-f]{7})(?![0-9A-Za-z\\-}])"
                    + "|(?<![0-9A-Za-z_.])(-[12][0-9]{9})(?![0-9])"
                    + "|(?<![0-9A-Za-z_.\\-])([234][0-9]{9})(?![0-9])"
                    + "|(?i:exit code|error code|return code|returned|error|code)\\s*[:=]?\\s*\\(?(-?[0-9]{1,5})(?![0-9A-Za-z.])");

    private final Map<Long, List<CodeMeaning>> byHex;
    private final Map<Integer, List<CodeMeaning>> byNumber;

    private ErrorCodes(Map<Long, List<CodeMeaning>> byHex, Map<Integer, List<CodeMeaning>> byNumber) {
        this.byHex = byHex;
        this.byNumber = byNumber;
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
     * Decodes a 32-bit value. Small values (up to 65535) are Win32 errors or exit codes: their fields
     * are shown as written, and the meanings include those of their HRESULT form {@code 0x8007xxxx}.
     */
    DecodedCode describe(String input, long value) {
        boolean small = value <= 0xFFFF;
        int facility = (int) ((value >> 16) & 0x7FF);
        int code = (int) (value & 0xFFFF);
        Integer win32 = small ? Integer.valueOf(code) : facility == 7 ? Integer.valueOf(code) : null;
        List<CodeMeaning> meanings = new ArrayList<>(byHex.getOrDefault(value, List.of()));
        if (small && value != 0) {
            meanings.addAll(byHex.getOrDefault(0x80070000L | value, List.of()));
        }
        if (win32 != null) {
            for (CodeMeaning m : byNumber.getOrDefault(win32, List.of())) {
                // USMT and other exit codes only apply to a plain small number, not to 0x8007xxxx.
                if (small || m.domain().equals("Win32") || m.domain().equals("WinHTTP")) {
                    meanings.add(m);
                }
            }
        }
        return new DecodedCode(input, String.format("0x%08X", value), (int) value, value, (value >>> 31) == 1,
                ((value >> 29) & 1) == 1, ((value >> 28) & 1) == 1, facility,
                FACILITIES.getOrDefault(facility, "unknown"), code, win32, meanings);
    }

    private static ErrorCodes load() {
        Map<Long, List<CodeMeaning>> byHex = new HashMap<>();
        Map<Integer, List<CodeMeaning>> byNumber = new HashMap<>();
        try (InputStream in = ErrorCodes.class.getResourceAsStream("error-codes.tsv")) {
            if (in == null) {
                throw new IllegalStateException("error-codes.tsv is missing from the osdkit-logs jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            boolean header = true;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 5) {
                    throw new IllegalStateException("error-codes.tsv: row needs 5 tab-separated fields: " + line);
                }
                CodeMeaning m = new CodeMeaning(f[1], f[2], f[3], f[4]);
                if (f[0].toLowerCase(Locale.ROOT).startsWith("0x")) {
                    byHex.computeIfAbsent(Long.parseLong(f[0].substring(2), 16), k -> new ArrayList<>()).add(m);
                } else {
                    byNumber.computeIfAbsent(Integer.parseInt(f[0]), k -> new ArrayList<>()).add(m);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ErrorCodes(byHex, byNumber);
    }
}
