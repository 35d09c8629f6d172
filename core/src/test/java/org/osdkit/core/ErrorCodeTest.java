package org.osdkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ErrorCodeTest {

    @Test
    void idsNameTheModuleAndTheProblem() {
        assertEquals("DRV-SHARE-REFUSED", ErrorCode.of("DRV-SHARE-REFUSED", ErrorKind.REFUSED).id());
        assertThrows(IllegalArgumentException.class, () -> ErrorCode.of("oops", ErrorKind.FAILED));
        assertThrows(IllegalArgumentException.class, () -> ErrorCode.of("NODASH", ErrorKind.FAILED));
    }

    @Test
    void exceptionDescribesMessageAndAction() {
        OsdkitException e = new OsdkitException(CoreErrors.DB_UNREACHABLE, "Cannot open the database.", "Check --db-url.");
        assertEquals("Cannot open the database. Check --db-url.", e.describe());
        assertEquals(ErrorKind.UNAVAILABLE, e.code().kind());
    }

    @Test
    void findsTheOsdkitErrorInsideWrappers() {
        OsdkitException inner = new OsdkitException(CoreErrors.DB_UNREACHABLE, "down");
        RuntimeException wrapped = new RuntimeException("provision failed", new IllegalStateException(inner));
        assertEquals(inner, OsdkitException.in(wrapped).orElseThrow());
        assertEquals(java.util.Optional.empty(), OsdkitException.in(new RuntimeException("plain")));
    }
}
