package io.yeonpyo;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Where the PostgreSQL tests find their server: {@code YEONPYO_TEST_POSTGRES_URL} (plus {@code _USER},
 * {@code _PASSWORD}). Without it they are skipped with a message saying so; with {@code YEONPYO_REQUIRE_POSTGRES=true}
 * (set by CI) a missing server fails the build instead.
 */
public final class PostgresTestDatabase {

    private static final String URL = System.getenv("YEONPYO_TEST_POSTGRES_URL");

    private PostgresTestDatabase() {
    }

    public static void assumeAvailable() {
        if (URL == null && "true".equals(System.getenv("YEONPYO_REQUIRE_POSTGRES"))) {
            fail("YEONPYO_REQUIRE_POSTGRES is set but YEONPYO_TEST_POSTGRES_URL is not: no PostgreSQL to test on");
        }
        assumeTrue(URL != null, "PostgreSQL tests skipped: set YEONPYO_TEST_POSTGRES_URL "
                + "(e.g. jdbc:postgresql://127.0.0.1:55432/yeonpyo) to run them; .ci/run starts a server and does");
    }

    /** A schema of its own per Spring context, so test classes never see each other's rows. */
    public static void register(DynamicPropertyRegistry registry) {
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        registry.add("spring.datasource.url", () -> URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        registry.add("spring.datasource.username", () -> env("YEONPYO_TEST_POSTGRES_USER", "yeonpyo"));
        registry.add("spring.datasource.password", () -> env("YEONPYO_TEST_POSTGRES_PASSWORD", "yeonpyo"));
        registry.add("spring.flyway.schemas", () -> schema);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
