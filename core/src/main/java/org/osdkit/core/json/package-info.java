/**
 * osdkit's one Jackson configuration: how core's values, times, enums, optionals and paths look in
 * JSON (and in Jackson's other formats, such as the CLI's CSV), shared by every front-end so
 * {@code osdkit --output json} and the REST API print the same shapes.
 */
package org.osdkit.core.json;
