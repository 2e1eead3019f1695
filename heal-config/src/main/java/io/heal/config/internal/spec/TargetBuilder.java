package io.heal.config.internal.spec;

import io.heal.config.internal.Found;
import io.heal.config.internal.raw.RawExec;
import io.heal.config.internal.raw.RawHttp;
import io.heal.config.internal.raw.RawTcp;
import io.heal.core.spec.ProbeTarget;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** What a probe checks: raw http, tcp and exec sections to {@link ProbeTarget}s. */
final class TargetBuilder {

  private static final Pattern STATUS = Pattern.compile("(\\d{3})(?:\\s*-\\s*(\\d{3}))?");
  private static final int LOWEST_STATUS = 100;
  private static final int HIGHEST_STATUS = 599;

  private final Rules rules;

  TargetBuilder(Rules rules) {
    this.rules = rules;
  }

  ProbeTarget.Http http(RawHttp raw) {
    URI url = httpUrl(rules, raw.url(), raw.path() + ".url", true);
    int min = ProbeTarget.Http.DEFAULT_STATUS_MIN;
    int max = ProbeTarget.Http.DEFAULT_STATUS_MAX;
    if (raw.status().isPresent()) {
      Matcher status = STATUS.matcher(raw.status().get().strip());
      if (!status.matches()) {
        rules
            .errors()
            .add(
                raw.path() + ".status",
                "must be a status such as 200 or a range such as 200-299",
                Found.text(raw.status().get()));
      } else {
        min = Integer.parseInt(status.group(1));
        max = status.group(2) == null ? min : Integer.parseInt(status.group(2));
        checkStatusRange(raw, min, max);
      }
    }
    int checksPerConnection =
        rules.atLeast(
            raw.checksPerConnection(),
            ProbeTarget.Http.DEFAULT_CHECKS_PER_CONNECTION,
            1,
            raw.path() + ".checks_per_connection");
    return new ProbeTarget.Http(
        url,
        min,
        max,
        raw.body().flatMap(body -> regex(raw, body)),
        Math.max(1, checksPerConnection));
  }

  ProbeTarget.Tcp tcp(RawTcp raw) {
    String host = rules.required(raw.host(), "", raw.path() + ".host");
    if (raw.host().isPresent() && host.isBlank()) {
      rules.errors().add(raw.path() + ".host", "must not be blank", Found.text(host));
    }
    int port = rules.required(raw.port(), 0, raw.path() + ".port");
    if (raw.port().isPresent()) {
      rules.between(port, 1, 65535, raw.path() + ".port");
    }
    return new ProbeTarget.Tcp(host, port);
  }

  ProbeTarget.Exec exec(RawExec raw) {
    return new ProbeTarget.Exec(Commands.argv(rules, raw.command(), raw.path() + ".command"));
  }

  /**
   * An absolute http or https URL with a host; {@code null} (after reporting) when it is not one.
   */
  static URI httpUrl(Rules rules, Optional<String> text, String path, boolean required) {
    if (text.isEmpty()) {
      if (required) {
        rules.errors().add(path, "is required");
      }
      return null;
    }
    try {
      URI uri = new URI(text.get().strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (List.of("http", "https").contains(scheme) && uri.getHost() != null) {
        return uri;
      }
    } catch (URISyntaxException e) {
      // reported below with the same message as other non-URLs
    }
    rules
        .errors()
        .add(path, "must be an absolute http or https URL with a host", Found.text(text.get()));
    return null;
  }

  private void checkStatusRange(RawHttp raw, int min, int max) {
    if (min < LOWEST_STATUS || max > HIGHEST_STATUS || min > max) {
      rules
          .errors()
          .add(
              raw.path() + ".status",
              "must be a range within " + LOWEST_STATUS + "-" + HIGHEST_STATUS + ", low to high",
              Found.text(raw.status().get()));
    }
  }

  private Optional<Pattern> regex(RawHttp raw, String body) {
    try {
      return Optional.of(Pattern.compile(body));
    } catch (PatternSyntaxException e) {
      rules
          .errors()
          .add(
              raw.path() + ".body",
              "must be a regular expression (" + e.getDescription() + ")",
              Found.text(body));
      return Optional.empty();
    }
  }
}
