package io.yeonpyo.article;

import io.yeonpyo.PostgresTestDatabase;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The loader scenarios on a real PostgreSQL server (started by .ci/run), each run in a fresh schema. */
@ActiveProfiles("postgres")
@EnabledIfEnvironmentVariable(named = PostgresTestDatabase.URL_VARIABLE, matches = ".+",
        disabledReason = PostgresTestDatabase.SKIPPED)
class ArticleLoaderPostgresTest extends ArticleLoaderScenarios {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
    }
}
