/**
 * Following a growing log like CMTrace's auto-refresh. Hand-written: tailing libraries (Commons IO
 * {@code Tailer}) hand over lines, not the bytes the record parser needs for multi-line records and
 * UTF-16 logs, and notice a rollover only when the file shrinks, where ConfigMgr renames the log to
 * {@code .lo_} and starts a new one; the follower compares file identities instead.
 */
package org.osdkit.logs.tail;
