package io.heal.repair.validate.internal;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Entry point of the forked test JVM. Arguments: {@code junit4|platform} and the project's class
 * directories (path-separator separated). Requests arrive on stdin, one per line:
 *
 * <pre>RUN \t timeoutMillis \t coverageDir|- \t overlayDir|- \t unit[,unit...]</pre>
 *
 * where a unit is {@code pkg.Class} or {@code pkg.Class#method}. Each test method's result is
 * written as {@code R \t class#method \t STATUS \t exceptionClass \t base64(message) \t
 * base64(trace)}, then {@code END}. A unit that outlives its timeout is reported as TIMEOUT with
 * the stuck thread's stack and the JVM exits, because the thread cannot be stopped.
 */
public final class TestServerMain {

  /** Extra time the first unit of a fresh JVM gets for start-up. */
  static final long DEFAULT_WARMUP_MILLIS = 10_000;

  private TestServerMain() {}

  /**
   * Runs the request loop until stdin closes.
   *
   * @param args the framework name and the class directories
   * @throws Exception on an I/O failure of the protocol channel
   */
  public static void main(String[] args) throws Exception {
    PrintStream protocol =
        new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, "UTF-8");
    PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
    System.setOut(quiet);
    if (System.getenv("HEAL_TEST_SERVER_DEBUG") == null) {
      System.setErr(quiet);
    }
    boolean junit4 = "junit4".equals(args[0]);
    List<URL> classDirs = new ArrayList<>();
    for (String dir : args[1].split(File.pathSeparator)) {
      if (!dir.isEmpty()) {
        classDirs.add(Path.of(dir).toUri().toURL());
      }
    }
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    String line;
    while ((line = in.readLine()) != null) {
      String[] parts = line.split("\t", -1);
      if (parts.length < 5 || !"RUN".equals(parts[0])) {
        protocol.println("END");
        continue;
      }
      long timeoutMillis = Long.parseLong(parts[1]);
      String coverDir = "-".equals(parts[2]) ? null : parts[2];
      List<URL> urls = new ArrayList<>();
      if (!"-".equals(parts[3])) {
        urls.add(Path.of(parts[3]).toUri().toURL());
      }
      urls.addAll(classDirs);
      boolean stuck = false;
      int index = 0;
      for (String unit : parts[4].split(",")) {
        if (unit.isEmpty()) {
          continue;
        }
        URLClassLoader loader =
            new URLClassLoader(urls.toArray(new URL[0]), TestServerMain.class.getClassLoader());
        if (coverDir != null) {
          Coverage.reset();
        }
        UnitRun run = new UnitRun(unit, loader, junit4);
        Thread worker = new Thread(run, "heal-test-worker");
        worker.setDaemon(true);
        Thread.currentThread().setContextClassLoader(loader);
        worker.setContextClassLoader(loader);
        worker.start();
        // A test's clock starts when the test starts: class loading and JUnit's start-up in a
        // fresh JVM get their own allowance.
        long begin = System.nanoTime();
        while (worker.isAlive()) {
          worker.join(20);
          long now = System.nanoTime();
          long started = run.results().startedAt();
          if (started > 0 && now - started > timeoutMillis * 1_000_000L) {
            break;
          }
          if (now - begin > (timeoutMillis + DEFAULT_WARMUP_MILLIS) * 1_000_000L) {
            break;
          }
        }
        if (worker.isAlive()) {
          run.results().timeout(worker.getStackTrace());
          stuck = true;
        }
        if (coverDir != null) {
          String safe = unit.replaceAll("[^A-Za-z0-9_.-]", "_") + "-" + (index++);
          Files.write(Path.of(coverDir, safe + ".exec"), Coverage.dump());
          Files.writeString(Path.of(coverDir, safe + ".unit"), unit);
        }
        for (Map.Entry<String, String[]> e : run.results().all().entrySet()) {
          String[] r = e.getValue();
          protocol.println(
              "R\t"
                  + e.getKey()
                  + "\t"
                  + r[0]
                  + "\t"
                  + r[1]
                  + "\t"
                  + b64(r[2])
                  + "\t"
                  + b64(r[3])
                  + "\t"
                  + run.results().millis(e.getKey()));
        }
        if (stuck) {
          break;
        }
        loader.close();
      }
      protocol.println(stuck ? "END\tSTUCK" : "END");
      protocol.flush();
      if (stuck) {
        Runtime.getRuntime().halt(3);
      }
    }
  }

  private static String b64(String s) {
    return Base64.getEncoder()
        .encodeToString((s == null ? "" : s).getBytes(StandardCharsets.UTF_8));
  }
}
