package org.osdkit.drivers.catalog;

/** One read buffer per thread: a scan hashes tens of thousands of files and should not allocate a buffer for each. */
final class ReadBuffer {

    private static final ThreadLocal<byte[]> BUFFER = ThreadLocal.withInitial(() -> new byte[64 * 1024]);

    private ReadBuffer() {
    }

    static byte[] get() {
        return BUFFER.get();
    }
}
