package io.heal.sample;

import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A real sample service in a child JVM, for tests: started, talked to over HTTP, killed. */
final class SampleProcess implements AutoCloseable {

  static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(30);
  private static final Pattern READY =
      Pattern.compile("sample (\\S+) release (\\S+) ready on port (\\d+) in (-?\\d+) ms");
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final Process process;
  private final List<String> lines = new CopyOnWriteArrayList<>();
  private volatile int port = -1;

  private SampleProcess(Process process) {
    this.process = process;
    Thread reader = new Thread(this::readOutput, "sample-output-" + process.pid());
    reader.setDaemon(true);
    reader.start();
  }

  /** Starts the service on a free port and waits for its ready line. */
  static SampleProcess startReady(Path workDir, String... args) throws IOException {
    SampleProcess sample = start(workDir, args);
    try {
      await().atMost(STARTUP_TIMEOUT).until(() -> sample.port > 0 || !sample.process.isAlive());
    } catch (RuntimeException e) {
      sample.close();
      throw e;
    }
    if (sample.port <= 0) {
      throw new IllegalStateException("sample exited before ready: " + sample.lines);
    }
    return sample;
  }

  /** Starts the service on a free port without waiting. */
  static SampleProcess start(Path workDir, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-XX:+UseSerialGC");
    command.add("-Xmx256m");
    command.add("-cp");
    command.add(classesDir());
    command.add(SampleMain.class.getName());
    command.add("--port");
    command.add("0");
    command.addAll(List.of(args));
    Process process =
        new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true).start();
    return new SampleProcess(process);
  }

  /** Where SampleMain was loaded from (target/classes): the service needs nothing else. */
  static String classesDir() {
    try {
      return Path.of(SampleMain.class.getProtectionDomain().getCodeSource().getLocation().toURI())
          .toString();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private void readOutput() {
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lines.add(line);
        Matcher ready = READY.matcher(line);
        if (ready.matches()) {
          port = Integer.parseInt(ready.group(3));
        }
      }
    } catch (IOException e) {
      lines.add("(output closed: " + e + ")");
    }
  }

  Process process() {
    return process;
  }

  int port() {
    return port;
  }

  List<String> lines() {
    return lines;
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10)).GET().build());
  }

  HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
    return send(
        HttpRequest.newBuilder(uri(path))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** Waits until the service has printed {@code line}. */
  void awaitLine(String line) {
    await().atMost(STARTUP_TIMEOUT).until(() -> lines.contains(line));
  }

  /** Waits for the process to exit and returns its exit code. */
  int awaitExit() {
    await().atMost(STARTUP_TIMEOUT).until(() -> !process.isAlive());
    return process.exitValue();
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }
}
