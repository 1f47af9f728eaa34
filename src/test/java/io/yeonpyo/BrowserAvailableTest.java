package io.yeonpyo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** In CI the browser tests must run, not skip: a missing Chromium or driver is a failure there. */
@EnabledIfEnvironmentVariable(named = "YEONPYO_REQUIRE_BROWSER", matches = "true")
class BrowserAvailableTest {

    @Test
    void chromiumAndItsDriverAreInstalled() {
        assertThat(Chromium.installed())
                .as("YEONPYO_REQUIRE_BROWSER is set, so %s and %s must be installed", Chromium.BROWSER, Chromium.DRIVER)
                .isTrue();
    }
}
