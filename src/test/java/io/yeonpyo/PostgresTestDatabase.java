package io.yeonpyo;

import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Where the PostgreSQL tests find their server: {@code YEONPYO_TEST_POSTGRES_URL} (plus {@code _USER},
 * {@code _PASSWORD}). Without it they are reported as skipped with {@link #SKIPPED}; {@link PostgresAvailableTest}
 * fails the build instead when {@code YEONPYO_REQUIRE_POSTGRES=true} (set by CI).
 */
public final class PostgresTestDatabase {

    public static final String URL_VARIABLE = "YEONPYO_TEST_POSTGRES_URL";
    public static final String SKIPPED = "PostgreSQL tests skipped: set YEONPYO_TEST_POSTGRES_URL (e.g. "
            + "jdbc:postgresql://127.0.0.1:55432/yeonpyo, started by .ci/postgres.sh start) to run them";

    private PostgresTestDatabase() {
    }

    /** A schema of its own per Spring context, so test classes never see each other's rows. */
    public static void register(DynamicPropertyRegistry registry) {
        String url = System.getenv(URL_VARIABLE);
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        registry.add("spring.datasource.url", () -> url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        registry.add("spring.datasource.username", () -> env("YEONPYO_TEST_POSTGRES_USER", "yeonpyo"));
        registry.add("spring.datasource.password", () -> env("YEONPYO_TEST_POSTGRES_PASSWORD", "yeonpyo"));
        registry.add("spring.flyway.schemas", () -> schema);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
