package io.heal.probe.internal;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.InterruptedByTimeoutException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Turns the exceptions a check meets into the short details a result carries. */
public final class Failures {

  private Failures() {}

  /** Whether {@code error} (or its cause) says the check ran out of time. */
  public static boolean isTimeout(Throwable error) {
    Throwable cause = unwrap(error);
    return cause instanceof HttpTimeoutException || cause instanceof InterruptedByTimeoutException;
  }

  /** A short detail: {@code connection refused}, {@code unknown host x}, or the exception. */
  public static String describe(Throwable error) {
    Throwable cause = unwrap(error);
    if (cause instanceof ConnectException) {
      return "connection refused";
    }
    if (cause instanceof UnknownHostException) {
      return "unknown host " + cause.getMessage();
    }
    if (cause instanceof NoRouteToHostException) {
      return "no route to host";
    }
    if (cause instanceof CancellationException) {
      return "cancelled";
    }
    String message = cause.getMessage();
    String kind = cause instanceof IOException ? "I/O error" : cause.getClass().getSimpleName();
    return message == null || message.isBlank() ? kind : kind + ": " + message;
  }

  private static Throwable unwrap(Throwable error) {
    Throwable cause = error;
    while ((cause instanceof CompletionException || cause instanceof ExecutionException)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }
}
