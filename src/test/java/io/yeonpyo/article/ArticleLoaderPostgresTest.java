package io.yeonpyo.article;

import io.yeonpyo.PostgresTestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The loader scenarios on a real PostgreSQL server (started by .ci/run), each run in a fresh schema. */
@ActiveProfiles("postgres")
class ArticleLoaderPostgresTest extends ArticleLoaderScenarios {

    @BeforeAll
    static void requirePostgres() {
        PostgresTestDatabase.assumeAvailable();
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
    }
}
