package org.osdkit.core.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ListeningSocketsTest {

    @Test
    void decodesTheKernelsHexAddresses() {
        assertEquals("127.0.0.1:8080", ListeningSockets.decode("0100007F:1F90"));
        assertEquals("0.0.0.0:9092", ListeningSockets.decode("00000000:2384"));
        assertEquals("[0:0:0:0:0:0:0:1]:8080", ListeningSockets.decode("00000000000000000000000001000000:1F90"));
        assertEquals("[0:0:0:0:0:ffff:7f00:1]:8080", ListeningSockets.decode("0000000000000000FFFF00000100007F:1F90"));
    }

    @Test
    void tellsLoopbackFromEveryInterface() {
        assertTrue(ListeningSockets.isLoopback("127.0.0.1:8080"));
        assertTrue(ListeningSockets.isLoopback("[0:0:0:0:0:0:0:1]:8080"));
        assertTrue(ListeningSockets.isLoopback("[0:0:0:0:0:ffff:7f00:1]:8080"));
        assertFalse(ListeningSockets.isLoopback("0.0.0.0:9092"));
        assertFalse(ListeningSockets.isLoopback("[0:0:0:0:0:0:0:0]:9092"));
        assertFalse(ListeningSockets.isLoopback("10.0.0.5:9092"));
    }
}
