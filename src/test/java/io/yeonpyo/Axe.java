package io.yeonpyo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The axe-core accessibility checker, from its npm package (its WebJar is not available here), installed once
 * under {@code target/axe} and injected into the page under test.
 */
final class Axe {

    static final String VERSION = "4.10.3";
    private static final Path HOME = Path.of("target/axe");
    private static final Path SCRIPT = HOME.resolve("node_modules/axe-core/axe.min.js");

    // Every rule axe runs by default (WCAG 2 A and AA, best practices); one line per failing element.
    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document).then(result => done(result.violations.flatMap(v => v.nodes.map(n =>
                    v.id + ' (' + v.impact + '): ' + v.help + '\\n    at ' + n.target.join(' ') + '\\n    '
                    + (n.failureSummary || '').replace(/\\n/g, ' ')))))
                .catch(error => done(['axe itself failed: ' + error]));
            """;

    private final String source;

    private Axe(String source) {
        this.source = source;
    }

    static Axe load() throws IOException, InterruptedException {
        if (!Files.exists(SCRIPT)) {
            install();
        }
        return new Axe(Files.readString(SCRIPT, StandardCharsets.UTF_8));
    }

    private static void install() throws IOException, InterruptedException {
        Process npm = new ProcessBuilder("npm", "install", "--no-save", "--no-audit", "--no-fund", "--prefix",
                HOME.toString(), "axe-core@" + VERSION).redirectErrorStream(true).start();
        String output = new String(npm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(npm.waitFor(5, TimeUnit.MINUTES)).as("npm install axe-core timed out").isTrue();
        assertThat(npm.exitValue()).as("npm install axe-core@%s failed:%n%s", VERSION, output).isZero();
        assertThat(SCRIPT).as("npm installed axe-core but %s is missing:%n%s", SCRIPT, output).exists();
    }

    /** Injects axe into the current page and returns what it finds, readable in a failure message. */
    @SuppressWarnings("unchecked")
    List<String> violations(JavascriptExecutor page) {
        page.executeScript(source);
        return (List<String>) page.executeAsyncScript(RUN);
    }
}
