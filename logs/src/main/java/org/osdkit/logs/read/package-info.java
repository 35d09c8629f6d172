/**
 * Reading a log file as a lazy stream of records ({@link org.osdkit.logs.read.LogReader}), and the
 * record values. The CMTrace, legacy {@code $$<} and plain-text parsers are hand-written: no Java
 * library reads these formats (the open parsers are in Rust and Python), and real logs (torn and
 * interleaved records, bad stamps, gigabyte files) need one that keeps every fragment with its line
 * and streams in constant memory. They are package-private and stay together here, so their hot paths
 * share buffers and caches directly.
 */
package org.osdkit.logs.read;
