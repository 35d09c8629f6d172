/**
 * A diagnosed log's records kept for browsing: {@link org.osdkit.logs.timeline.KeepTimeline} reads the logs
 * once, merged by time, into a {@link org.osdkit.logs.timeline.TimelineStore}; pages are then read from it by
 * record number with filters, so a million-record log is never parsed again to show one page.
 */
package org.osdkit.logs.timeline;
