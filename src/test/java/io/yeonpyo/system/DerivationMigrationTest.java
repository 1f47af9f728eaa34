package io.yeonpyo.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.yeonpyo.extraction.Derivation;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** V7 keeps a derivation stored as a Korean sentence, as rule "stored", and has every article read again. */
class DerivationMigrationTest {

    private static final String OLD = "'지난달' (발행 2025-07 기준) → 2025-06, \"인용\" \\ 끝";

    private final String url = "jdbc:h2:mem:v7-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    private final DerivationConverter converter = new DerivationConverter();

    @Test
    void aSentenceStoredBeforeIsKeptAsItsText() throws SQLException {
        migrate("6");
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement statement = connection.createStatement()) {
            statement.execute("insert into article (id, file_name, content_hash, published_origin, charset, loaded_at)"
                    + " values ('a', 'a.txt', 'hash', 'FRONT_MATTER', 'UTF-8', current_timestamp)");
            statement.execute("insert into article_sentence (article_id, idx, kind, text) values ('a', 0, 'BODY', '문장')");
            statement.execute("insert into sentence_date (article_id, sentence_idx, pos, start_offset, end_offset, text,"
                    + " derivation) values ('a', 0, 0, 0, 3, '지난달', '" + OLD.replace("'", "''") + "')");
            statement.execute("insert into mention (id, article_id, ordinal, sentence_idx, sentence, clause, event_type,"
                    + " actors, headline, derivation) values (1, 'a', 0, 0, '문장', '문장', 'INVESTMENT', 'ms', '제목', '"
                    + OLD.replace("'", "''") + "')");
        }
        migrate(null);

        assertThat(derivation("select derivation from sentence_date")).isEqualTo(Derivation.of("stored", OLD));
        assertThat(derivation("select derivation from mention")).isEqualTo(Derivation.of("stored", OLD));
        assertThat(single("select content_hash from article")).isNotEqualTo("hash");
    }

    private void migrate(String target) {
        var configuration = Flyway.configure().dataSource(url, "sa", "");
        if (target != null) {
            configuration.target(target);
        }
        configuration.load().migrate();
    }

    private Derivation derivation(String sql) throws SQLException {
        return converter.convertToEntityAttribute(single(sql));
    }

    private String single(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
