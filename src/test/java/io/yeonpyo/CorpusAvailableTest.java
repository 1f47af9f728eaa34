package io.yeonpyo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** In CI the development corpus golden test must run, not skip: a missing corpus is a failure there. */
@EnabledIfEnvironmentVariable(named = "YEONPYO_REQUIRE_CORPUS", matches = "true")
class CorpusAvailableTest {

    @Test
    void theDevelopmentCorpusIsThere() {
        assertThat(CorpusGoldenTest.corpusPresent())
                .as("YEONPYO_REQUIRE_CORPUS is set, so %s/gold.json must exist", CorpusGoldenTest.corpus())
                .isTrue();
    }
}
