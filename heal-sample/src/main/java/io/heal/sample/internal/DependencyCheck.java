package io.heal.sample.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.time.Duration;

/**
 * Checks that a dependency answers 200 within {@link #DEFAULT_TIMEOUT} (to connect, and again to
 * answer). Uses {@link HttpURLConnection}: it loads far less than {@code java.net.http}, so even
 * the first check on a cold JVM keeps within the timeout. Thread-safe.
 */
final class DependencyCheck {

  /** How long the dependency has to accept the connection, and then to answer. */
  static final Duration DEFAULT_TIMEOUT = Duration.ofMillis(200);

  private final URI url;

  DependencyCheck(URI url) {
    this.url = url;
  }

  /** Returns null when the dependency answered 200, otherwise why not. */
  String problem() {
    HttpURLConnection connection = null;
    try {
      connection = (HttpURLConnection) url.toURL().openConnection();
      connection.setConnectTimeout((int) DEFAULT_TIMEOUT.toMillis());
      connection.setReadTimeout((int) DEFAULT_TIMEOUT.toMillis());
      connection.setUseCaches(false);
      int status = connection.getResponseCode();
      drain(connection);
      return status == 200 ? null : url + " answered HTTP " + status;
    } catch (IOException | RuntimeException e) {
      return url + " did not answer: " + e.getClass().getSimpleName();
    } finally {
      if (connection != null) {
        connection.disconnect();
      }
    }
  }

  private static void drain(HttpURLConnection connection) {
    try (InputStream in =
        connection.getResponseCode() < 400
            ? connection.getInputStream()
            : connection.getErrorStream()) {
      if (in != null) {
        in.readAllBytes();
      }
    } catch (IOException e) {
      // the status is all we need; a broken body does not change the verdict
    }
  }
}
