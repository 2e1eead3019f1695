package io.heal.sample;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Measures the sample service's start-to-ready time: from process spawn until {@code /healthz}
 * answers 200, and the JVM uptime the service itself reports. Not a test; run it by hand:
 *
 * <pre>
 * java -cp heal-sample/target/classes:heal-sample/target/test-classes \
 *     io.heal.sample.StartupBenchmark [runs] [extra JVM flags...]
 * </pre>
 */
public final class StartupBenchmark {

  private static final int DEFAULT_RUNS = 10;

  private StartupBenchmark() {}

  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_RUNS;
    List<String> jvmFlags = args.length > 1 ? List.of(args).subList(1, args.length) : List.of();
    long[] spawnToHealthyMillis = new long[runs];
    long[] reportedMillis = new long[runs];
    for (int i = 0; i < runs; i++) {
      long[] one = runOnce(jvmFlags);
      spawnToHealthyMillis[i] = one[0];
      reportedMillis[i] = one[1];
      System.out.printf(
          "run %d: spawn-to-healthz %d ms, reported uptime %d ms%n", i + 1, one[0], one[1]);
    }
    System.out.printf(
        "flags %s: spawn-to-healthz median %d ms (min %d, max %d); reported ready median %d ms%n",
        jvmFlags,
        median(spawnToHealthyMillis),
        Arrays.stream(spawnToHealthyMillis).min().orElse(0),
        Arrays.stream(spawnToHealthyMillis).max().orElse(0),
        median(reportedMillis));
  }

  private static long[] runOnce(List<String> jvmFlags) throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmFlags);
    command.addAll(
        List.of(
            "-cp",
            SampleProcess.classesDir(),
            SampleMain.class.getName(),
            "--port",
            Integer.toString(port)));
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    try {
      URI healthz = URI.create("http://127.0.0.1:" + port + "/healthz");
      while (!answersOk(healthz)) {
        if (!process.isAlive()) {
          throw new IllegalStateException("sample exited with " + process.exitValue());
        }
        Thread.onSpinWait();
      }
      long elapsed = (System.nanoTime() - start) / 1_000_000;
      BufferedReader out =
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      String ready = out.readLine();
      long reported = Long.parseLong(ready.replaceAll(".* in (\\d+) ms$", "$1"));
      return new long[] {elapsed, reported};
    } finally {
      process.destroyForcibly().waitFor();
    }
  }

  private static boolean answersOk(URI uri) {
    try {
      HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
      connection.setConnectTimeout(100);
      connection.setReadTimeout(1000);
      try {
        return connection.getResponseCode() == 200;
      } finally {
        connection.disconnect();
      }
    } catch (IOException e) {
      return false;
    }
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
