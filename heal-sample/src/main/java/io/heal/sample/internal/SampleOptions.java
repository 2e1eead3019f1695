package io.heal.sample.internal;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The sample service's command line, parsed.
 *
 * @param port the port to listen on; 0 picks a free one
 * @param name the service name shown in the ready line
 * @param release the release name reported by {@code /healthz}
 * @param faultsEnabled whether {@code /__simulate/*} answers (otherwise 404)
 * @param badRelease whether this release is broken: never healthy
 * @param stateDir where the crash-loop marker lives
 * @param dependsOn a URL that must answer 200 for {@code /readyz} to pass
 */
public record SampleOptions(
    int port,
    String name,
    String release,
    boolean faultsEnabled,
    boolean badRelease,
    Path stateDir,
    Optional<URI> dependsOn) {

  /** Name used when {@code --name} is absent. */
  public static final String DEFAULT_NAME = "sample";

  /** Release used when {@code --release} is absent. */
  public static final String DEFAULT_RELEASE = "v1";

  /** The usage line printed on bad arguments. */
  public static final String USAGE =
      "usage: SampleMain --port N [--name NAME] [--release NAME] [--enable-faults]"
          + " [--bad-release] [--state-dir DIR] [--depends-on URL]";

  /**
   * Parses {@code args}.
   *
   * @throws IllegalArgumentException naming the option and the bad value found
   */
  public static SampleOptions parse(String[] args) {
    Integer port = null;
    String name = DEFAULT_NAME;
    String release = DEFAULT_RELEASE;
    boolean faults = false;
    boolean bad = false;
    Path stateDir = Path.of("");
    Optional<URI> dependsOn = Optional.empty();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--port" -> port = parsePort(value(args, i++));
        case "--name" -> name = value(args, i++);
        case "--release" -> release = value(args, i++);
        case "--enable-faults" -> faults = true;
        case "--bad-release" -> bad = true;
        case "--state-dir" -> stateDir = Path.of(value(args, i++));
        case "--depends-on" -> dependsOn = Optional.of(parseUri(value(args, i++)));
        default -> throw new IllegalArgumentException("unknown option, found '" + arg + "'");
      }
    }
    if (port == null) {
      throw new IllegalArgumentException("--port: required, found nothing");
    }
    return new SampleOptions(port, name, release, faults, bad, stateDir, dependsOn);
  }

  private static String value(String[] args, int i) {
    if (i + 1 >= args.length) {
      throw new IllegalArgumentException(args[i] + ": needs a value, found nothing");
    }
    return args[i + 1];
  }

  private static int parsePort(String text) {
    try {
      int port = Integer.parseInt(text);
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("--port: must be within [0, 65535], found " + text);
      }
      return port;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--port: must be a number, found '" + text + "'", e);
    }
  }

  private static URI parseUri(String text) {
    URI uri;
    try {
      uri = URI.create(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--depends-on: must be a URL, found '" + text + "'", e);
    }
    if (!"http".equals(uri.getScheme())) {
      throw new IllegalArgumentException("--depends-on: must be an http URL, found " + text);
    }
    return uri;
  }
}
