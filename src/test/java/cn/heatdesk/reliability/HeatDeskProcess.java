package cn.heatdesk.reliability;

import java.io.File;
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
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * HeatDesk as a separate JVM started from the built class path ({@code target/classes} and the dependencies, no test
 * classes), on the PostgreSQL test database, so that a test can {@code kill -9} it. Its output goes to
 * {@code target/reliability/<name>.log}.
 */
final class HeatDeskProcess implements AutoCloseable {

    private final Process process;
    private final Path log;
    final int port;

    private HeatDeskProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    static HeatDeskProcess start(String name, String apiKey, String... extraArguments) throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = Path.of("target", "reliability", name + ".log");
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:TieredStopAtLevel=1", "-cp", applicationClassPath(), "cn.heatdesk.HeatDeskApplication",
                "--server.port=" + port,
                "--spring.datasource.url=" + setting("HEATDESK_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/heatdesk_test"),
                "--spring.datasource.username=" + setting("HEATDESK_TEST_PG_USER", "postgres"),
                "--spring.datasource.password=" + setting("HEATDESK_TEST_PG_PASSWORD", ""),
                "--heatdesk.city-hotline.api-key=" + apiKey, "--spring.main.banner-mode=off"));
        command.addAll(Arrays.asList(extraArguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        return new HeatDeskProcess(process, log, port);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** Waits until {@code /actuator/health} answers 200; fails if the process dies or the time runs out. */
    HeatDeskProcess awaitReady(Duration timeout) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
                .timeout(Duration.ofSeconds(5)).build();
        long until = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < until) {
            if (!process.isAlive()) {
                throw new IllegalStateException("HeatDesk exited with " + process.exitValue() + "; see " + log);
            }
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return this;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("HeatDesk not ready after " + timeout + "; see " + log);
    }

    /** {@code kill -9}: {@link Process#destroyForcibly()} sends SIGKILL on Linux; nothing runs on the way down. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    /** The test class path without the test classes: what the packaged application holds. */
    private static String applicationClassPath() {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(classPath.split(File.pathSeparator))
                .filter(entry -> !entry.replace('\\', '/').endsWith("target/test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static String setting(String variable, String fallback) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? fallback : value;
    }
}
