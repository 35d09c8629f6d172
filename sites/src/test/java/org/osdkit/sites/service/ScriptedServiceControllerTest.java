package org.osdkit.sites.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.osdkit.core.OsdkitException;
import org.osdkit.sites.SiteErrors;

class ScriptedServiceControllerTest extends ServiceControllerContract {

    @Override
    protected ServiceController runningService() {
        return new ScriptedServiceController();
    }

    @Test
    void canBeToldToFailEachStep() {
        assertEquals(SiteErrors.SERVICE_STOP_FAILED, assertThrows(OsdkitException.class, () -> new ScriptedServiceController().failStop().stop()).code());
        ScriptedServiceController once = new ScriptedServiceController().stopped().failStart(1);
        assertThrows(OsdkitException.class, once::start);
        once.start();
        assertEquals(ServiceState.RUNNING, once.state());
        assertEquals(SiteErrors.SERVICE_UNAVAILABLE, assertThrows(OsdkitException.class, () -> new ScriptedServiceController().failQuery().query()).code());
    }
}
