package org.osdkit.drivers.inf;

/** How much a finding matters: an error stops the driver from being imported or installed as intended. */
public enum Severity {
    ERROR,
    WARNING,
    INFO
}
