package org.osdkit.drivers.packages;

/**
 * The {@code What if:} line of an operation a what-if run only plans, in PowerShell's ShouldProcess
 * wording that ConfigMgr admins know from {@code -WhatIf}. Public because the distribution use cases
 * print the same lines; it goes once core carries the what-if plan of an operation for every domain.
 */
public final class WhatIf {

    private WhatIf() {
    }

    /** {@code What if: Performing the operation "<operation>" on target "<target>".} */
    public static String line(String operation, String target) {
        return "What if: Performing the operation \"" + operation + "\" on target \"" + target + "\".";
    }
}
