package org.osdkit.sites.description;

import org.osdkit.core.OsdkitException;
import org.osdkit.sites.SiteErrors;

/**
 * What a new site description (the site name in the site control file) may contain: printable ASCII
 * only, no {@code <} or {@code >} (the format has no escape for them), no line break, not blank, no
 * leading or trailing blanks (ConfigMgr trims them, so the site would not be named as asked), and at most {@link #maxLength()} characters. No limit is documented; 50 is osdkit's cautious default.
 *
 * @param maxLength the longest description accepted
 */
public record DescriptionRules(int maxLength) {

    /** The default length cap (no documented limit was found; unverified). */
    public static final int DEFAULT_MAX_LENGTH = 50;

    public DescriptionRules {
        if (maxLength < 1 || maxLength > 255) {
            throw new OsdkitException(SiteErrors.INVALID_DESCRIPTION, "The description length limit must be between 1 and 255, was " + maxLength + ".");
        }
    }

    public static DescriptionRules defaults() {
        return new DescriptionRules(DEFAULT_MAX_LENGTH);
    }

    /** Returns {@code description} when it passes every rule, else fails naming the first rule broken. */
    public String check(String description) {
        if (description == null || description.isBlank()) {
            throw invalid("The new description is empty.");
        }
        if (!description.strip().equals(description)) {
            String where = Character.isWhitespace(description.charAt(0))
                    ? Character.isWhitespace(description.charAt(description.length() - 1)) ? "starts and ends" : "starts" : "ends";
            throw new OsdkitException(SiteErrors.DESCRIPTION_UNTRIMMED, "The new description \"" + description + "\" " + where
                    + " with blanks; ConfigMgr trims them, so the site would be named \"" + description.strip() + "\", not what was asked.",
                    "Give the description without leading or trailing blanks.");
        }
        for (int i = 0; i < description.length(); i++) {
            char c = description.charAt(i);
            if (c == '\r' || c == '\n') {
                throw invalid("The new description contains a line break; a site name is one line.");
            }
            if (c == '<' || c == '>') {
                throw invalid("The new description contains '" + c + "' at position " + (i + 1)
                        + "; the site control file has no escape for angle brackets.");
            }
            if (c < 0x20 || c > 0x7E) {
                throw invalid("The new description contains the character U+" + String.format("%04X", (int) c) + " at position " + (i + 1)
                        + "; only printable ASCII is accepted (the file's code page is not known).");
            }
        }
        if (description.length() > maxLength) {
            throw invalid("The new description is " + description.length() + " characters long; the limit is " + maxLength + ".");
        }
        return description;
    }

    private static OsdkitException invalid(String message) {
        return new OsdkitException(SiteErrors.INVALID_DESCRIPTION, message, "Choose a shorter plain-ASCII text without <, > or line breaks.");
    }
}
