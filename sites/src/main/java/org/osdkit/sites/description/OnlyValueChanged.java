package org.osdkit.sites.description;

import java.util.Arrays;
import org.osdkit.sites.controlfile.SiteControlFile;
import org.osdkit.sites.controlfile.SiteDefinition;

/** The byte-level check after writing: the file is the intended one and differs only inside the description's brackets. */
final class OnlyValueChanged {

    private OnlyValueChanged() {
    }

    /** {@code null} when {@code written} is exactly the intended change, else what is wrong. */
    static String check(byte[] original, byte[] written, SiteControlFile intendedFile, DescriptionChangePlan plan) {
        byte[] intended = intendedFile.bytes();
        if (!Arrays.equals(written, intended)) {
            int at = Arrays.mismatch(written, intended);
            return "it differs from the intended content at byte " + at + " (" + written.length + " bytes written, " + intended.length + " intended)";
        }
        int prefix = Math.max(0, Arrays.mismatch(original, written));
        int suffix = 0;
        while (suffix < original.length - prefix && suffix < written.length - prefix
                && original[original.length - 1 - suffix] == written[written.length - 1 - suffix]) {
            suffix++;
        }
        long changedEnd = original.length - suffix;
        if (prefix < plan.byteOffset() || changedEnd > plan.byteEnd()) {
            return "bytes " + prefix + " to " + changedEnd + " changed, outside the description at " + plan.byteOffset() + " to " + plan.byteEnd();
        }
        // written equals intended, which was parsed when it was made: its site name is the written file's.
        String name = intendedFile.siteDefinition().map(SiteDefinition::siteName).orElse(null);
        if (!plan.newValue().equals(name)) {
            return "the site name reads \"" + name + "\" instead of \"" + plan.newValue() + "\"";
        }
        return null;
    }
}
