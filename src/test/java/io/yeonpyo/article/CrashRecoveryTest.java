package io.yeonpyo.article;

import static org.assertj.core.api.Assertions.assertThat;

import io.yeonpyo.SyntheticCorpus;
import io.yeonpyo.AppProcess;
import io.yeonpyo.extraction.Lexicon;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 in the middle of a load, then a restart, ends in exactly the state of a clean load: no duplicate events,
 * no half-loaded article. The app runs as a real separate process so the kill is real.
 */
class CrashRecoveryTest {

    private static final int ARTICLES = 10_000;
    /** While the app runs, the progress poll reads its database through the app's own H2 server. */
    private static final String SHARED = ";AUTO_SERVER=TRUE";
    /**
     * Once every app process has exited, the snapshot opens the file alone; H2's default lock wait (2 s) once ran out
     * on a loaded CI machine, and a slow read is no finding here.
     */
    private static final String AFTERWARDS = ";LOCK_TIMEOUT=120000";

    @TempDir
    Path work;

    @Test
    void aKilledLoadResumesToTheSameStateAsACleanLoad() throws Exception {
        Path corpus = Files.createDirectories(work.resolve("articles"));
        SyntheticCorpus.write(corpus, ARTICLES, Lexicon.load(Path.of("data")));
        String crashedDb = "jdbc:h2:file:" + work.resolve("crashed").toAbsolutePath();
        String cleanDb = "jdbc:h2:file:" + work.resolve("clean").toAbsolutePath();

        Process doomed = start(corpus, crashedDb + SHARED);
        long loadedWhenKilled = waitForArticles(crashedDb + SHARED, ARTICLES / 2, doomed);
        doomed.destroyForcibly(); // SIGKILL: no shutdown hooks, no rollback courtesy
        assertThat(doomed.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(loadedWhenKilled).as("killed in the middle of the load").isLessThan(ARTICLES);

        runToCompletion(start(corpus, crashedDb + SHARED));
        runToCompletion(start(corpus, cleanDb + SHARED));

        assertThat(snapshot(crashedDb + AFTERWARDS)).isEqualTo(snapshot(cleanDb + AFTERWARDS));
        assertThat(count(crashedDb + AFTERWARDS, "select count(*) from article")).isEqualTo(ARTICLES);
    }

    private static Process start(Path corpus, String url) throws Exception {
        return AppProcess.start("crash", List.of("--spring.main.web-application-type=none",
                "--spring.datasource.url=" + url, "--timeline.articles-dir=" + corpus, "--timeline.watch=false",
                "--logging.level.root=WARN"));
    }

    private static void runToCompletion(Process process) throws InterruptedException {
        assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("load finished").isTrue();
        assertThat(process.exitValue()).isZero();
    }

    private static long waitForArticles(String url, int atLeast, Process process) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(10));
        while (Instant.now().isBefore(deadline) && process.isAlive()) {
            try {
                // IFEXISTS: the poll must never create or own the database the app is about to open, or the two
                // processes race for H2's lock file ("Lock file recently modified").
                long loaded = count(url + ";IFEXISTS=TRUE", "select count(*) from article");
                if (loaded >= atLeast) {
                    return loaded;
                }
            } catch (SQLException notCreatedOrMigratedYet) {
                // the database appears when the app opens it, the schema once Flyway has run
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the app loaded fewer than " + atLeast + " articles in time");
    }

    private static long count(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Everything a reader could see, in a comparable form. */
    private static List<String> snapshot(String url) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement statement = connection.createStatement()) {
            collect(statement, "select id || ' ' || content_hash || ' ' || (select count(*) from article_sentence s"
                    + " where s.article_id = a.id) from article a order by id", lines);
            collect(statement, "select article_id || ' ' || ordinal || ' ' || event_type || ' ' || headline"
                    + " from mention where retired = false order by article_id, ordinal", lines);
            collect(statement, "select 'retired ' || count(*) from mention where retired = true", lines);
            collect(statement, "select e.slug || ' ' || coalesce(e.event_date, '-') || ' ' || e.headline || ' ' ||"
                    + " (select count(*) from event_source s where s.event_id = e.id) from event e order by e.slug",
                    lines);
        }
        return lines;
    }

    private static void collect(Statement statement, String sql, List<String> into) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                into.add(rows.getString(1));
            }
        }
    }
}
