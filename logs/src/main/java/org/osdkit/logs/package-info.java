/** Streaming ConfigMgr log parsing, merged timelines, error-code decoding and diagnosis. This package is the module's API; implementations live in {@code internal}. */
package org.osdkit.logs;
