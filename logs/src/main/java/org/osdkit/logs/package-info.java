/**
 * ConfigMgr logs: reading, filtering, converting, merging, tailing, error-code decoding, diagnosis and
 * task-sequence views, one feature per sub-package. This top package holds only the error codes every
 * feature shares ({@link org.osdkit.logs.LogsErrors}) and depends on none of them.
 */
package org.osdkit.logs;
