package io.heal.cli.runtime;

import io.heal.config.HealConfigLoader;
import io.heal.core.spec.HealSpec;
import io.heal.daemon.http.ControlClient;
import io.heal.daemon.http.ControlException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Where a running daemon listens, for the commands that talk to it: {@code --url} if given, else
 * the control address in the config file (or, for port 0, the URL the daemon wrote to its data
 * directory).
 */
public final class DaemonTarget {

  @Option(
      names = {"-c", "--config"},
      paramLabel = "FILE",
      defaultValue = HealConfigLoader.DEFAULT_FILE,
      description = "The daemon's config file (default: ${DEFAULT-VALUE}).")
  Path config;

  @Option(
      names = "--url",
      paramLabel = "URL",
      description = "The daemon's control URL, such as http://127.0.0.1:7077 (overrides -c).")
  URI url;

  /** A client for the daemon. */
  public ControlClient client() {
    return new ControlClient(resolve(), HttpClient.newHttpClient());
  }

  URI resolve() {
    if (url != null) {
      return url;
    }
    if (!Files.isRegularFile(config)) {
      throw new ControlException(
          config
              + ": no such file; give the daemon's config with -c FILE or its address with --url");
    }
    HealSpec spec = HealConfigLoader.load(config);
    if (spec.control().port() != 0) {
      return URI.create("http://" + spec.control().host() + ":" + spec.control().port());
    }
    Path written = spec.dataDir().resolve("control.url");
    try {
      return URI.create(Files.readString(written).trim());
    } catch (IOException e) {
      throw new ControlException(
          "control.port is 0 and " + written + " is missing: is the daemon running?");
    }
  }
}
