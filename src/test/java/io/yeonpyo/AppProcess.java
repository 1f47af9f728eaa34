package io.yeonpyo;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The application as a separate operating-system process, for tests that must kill it or time its start. */
public final class AppProcess {

    private AppProcess() {
    }

    /** Starts {@code java … YeonpyoApplication args}; its output goes to {@code target/app-logs/}. */
    public static Process start(String name, List<String> args, String... jvmOptions) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), YeonpyoApplication.class.getName()));
        command.addAll(args);
        Path logs = Files.createDirectories(Path.of("target", "app-logs"));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(logs.resolve(name + "-" + System.nanoTime() + ".log").toFile()).start();
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Polls until {@code url} answers 200; returns the time it took, or throws when the process dies or time runs out. */
    public static Duration awaitOk(Process process, String url, Duration patience) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long start = System.nanoTime();
        while (System.nanoTime() - start < patience.toNanos()) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the application exited with " + process.exitValue());
            }
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(url)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return Duration.ofNanos(System.nanoTime() - start);
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException(url + " did not answer within " + patience);
    }
}
