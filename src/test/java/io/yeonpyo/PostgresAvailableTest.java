package io.yeonpyo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** In CI the PostgreSQL tests must run, not skip: a missing server is a failure there. */
@EnabledIfEnvironmentVariable(named = "YEONPYO_REQUIRE_POSTGRES", matches = "true")
class PostgresAvailableTest {

    @Test
    void postgresIsConfigured() {
        assertThat(System.getenv(PostgresTestDatabase.URL_VARIABLE))
                .as("YEONPYO_REQUIRE_POSTGRES is set, so " + PostgresTestDatabase.URL_VARIABLE + " must be too")
                .isNotBlank();
    }
}
