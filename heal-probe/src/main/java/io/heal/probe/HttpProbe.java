package io.heal.probe;

import io.heal.core.probe.Probe;
import io.heal.core.signal.ProbeResult;
import io.heal.core.spec.ProbeTarget;
import io.heal.core.time.HealClock;
import io.heal.probe.internal.CheckRun;
import io.heal.probe.internal.Exchange;
import io.heal.probe.internal.Failures;
import io.heal.probe.internal.HttpExchange;
import io.heal.probe.internal.KeptConnection;
import io.heal.probe.internal.ProbeBasis;
import io.heal.probe.internal.ProbeSelector;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Checks an HTTP endpoint with a GET; no thread waits while the request is in flight. A plain
 * {@code http} URL whose host is an address or {@code localhost} (the usual probe of a local
 * service) is fetched by the shared probe selector. Its connection is kept open between checks
 * (HTTP/1.1 keep-alive, if the server keeps it) for up to {@link
 * ProbeTarget.Http#checksPerConnection()} checks, then a new one is opened: the connect and close
 * are most of a check's cost, and a new connection now and then still tests that the server accepts
 * them. With 1 check per connection, each check opens its own and asks {@code Connection: close}.
 * Anything else (HTTPS, other host names) goes through the shared {@link
 * java.net.http.HttpClient}'s {@code sendAsync}, which keeps connections by its own rules. Passes
 * when the status is within [statusMin, statusMax] and, if a body pattern is given, the body
 * contains a match. Details read {@code HTTP 200}, {@code HTTP 503}, {@code connection refused},
 * {@code timed out after 500ms}, {@code body did not match /ok/}. Thread-safe; checks may overlap
 * (an overlapping check opens a connection of its own).
 */
public final class HttpProbe implements Probe {

  /** At most this much of the body is matched against the pattern. */
  public static final int DEFAULT_MAX_BODY_CHARS = 64 * 1024;

  private static final Pattern LITERAL_IPV4 = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}");

  private final ProbeBasis basis;
  private final ProbeTarget.Http target;
  private final HttpRequest request;
  // set when the probe selector fetches this URL itself
  private final InetSocketAddress direct;
  private final byte[] directRequest;
  // the connection kept between direct checks; null when each check opens its own
  private final KeptConnection kept;

  /** Builds a probe; see {@link Probes#create} for the argument checks. */
  public HttpProbe(
      String service,
      String name,
      ProbeTarget.Http target,
      Duration timeout,
      HealClock clock,
      ProbeResources resources) {
    this.basis = new ProbeBasis(service, name, timeout, clock, resources);
    this.target = Objects.requireNonNull(target, "target");
    this.request =
        HttpRequest.newBuilder(target.url())
            .timeout(timeout)
            .header("User-Agent", "heal-probe")
            .GET()
            .build();
    this.direct = directAddress(target.url());
    this.kept =
        direct == null || target.checksPerConnection() == 1
            ? null
            : new KeptConnection(target.checksPerConnection());
    this.directRequest = direct == null ? null : directRequest(target.url(), kept != null);
  }

  private static InetSocketAddress directAddress(URI url) {
    String host = url.getHost();
    if (!"http".equalsIgnoreCase(url.getScheme()) || host == null || url.getRawUserInfo() != null) {
      return null;
    }
    boolean literal = host.startsWith("[") || LITERAL_IPV4.matcher(host).matches();
    if (!literal && !host.equalsIgnoreCase("localhost")) {
      return null;
    }
    InetSocketAddress address =
        new InetSocketAddress(host.replace("[", "").replace("]", ""), port(url));
    return address.isUnresolved() ? null : address;
  }

  private static int port(URI url) {
    return url.getPort() < 0 ? 80 : url.getPort();
  }

  private static byte[] directRequest(URI url, boolean keepAlive) {
    String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
    String query = url.getRawQuery() == null ? "" : "?" + url.getRawQuery();
    String host = url.getHost() + (url.getPort() < 0 ? "" : ":" + url.getPort());
    return HttpExchange.request(path + query, host, keepAlive);
  }

  @Override
  public String name() {
    return basis.name();
  }

  @Override
  public CompletionStage<ProbeResult> check() {
    return direct != null ? checkDirect() : checkWithClient();
  }

  private CompletionStage<ProbeResult> checkDirect() {
    CheckRun run = basis.begin();
    long deadline = basis.deadlineNanos();
    Function<SocketChannel, Exchange> exchange =
        channel ->
            new HttpExchange(
                channel,
                run,
                deadline,
                directRequest,
                target.statusMin(),
                target.statusMax(),
                target.bodyPattern(),
                DEFAULT_MAX_BODY_CHARS);
    ProbeSelector selector = basis.resources().selector();
    return kept == null
        ? selector.connect(direct, run, exchange)
        : selector.connect(direct, run, exchange, kept);
  }

  private CompletionStage<ProbeResult> checkWithClient() {
    AtomicReference<CompletableFuture<?>> inFlight = new AtomicReference<>();
    CheckRun run =
        basis.start(
            () -> {
              // the request's own timeout ends the exchange; this only stops waiting for it
              CompletableFuture<?> pending = inFlight.get();
              if (pending != null) {
                pending.cancel(true);
              }
            });
    try {
      CompletableFuture<? extends HttpResponse<?>> sent =
          target.bodyPattern().isPresent()
              ? basis
                  .resources()
                  .httpClient()
                  .sendAsync(request, HttpResponse.BodyHandlers.ofString())
              : basis
                  .resources()
                  .httpClient()
                  .sendAsync(request, HttpResponse.BodyHandlers.discarding());
      inFlight.set(sent);
      sent.whenComplete((response, error) -> judge(run, response, error));
    } catch (RuntimeException e) {
      run.fail(Failures.describe(e));
    }
    return run.result();
  }

  private void judge(CheckRun run, HttpResponse<?> response, Throwable error) {
    try {
      if (error != null) {
        if (Failures.isTimeout(error)) {
          run.timedOut();
        } else {
          run.fail(Failures.describe(error));
        }
        return;
      }
      int status = response.statusCode();
      if (status < target.statusMin() || status > target.statusMax()) {
        run.fail("HTTP " + status);
        return;
      }
      if (target.bodyPattern().isPresent()) {
        Pattern pattern = target.bodyPattern().get();
        String body = String.valueOf(response.body());
        if (body.length() > DEFAULT_MAX_BODY_CHARS) {
          body = body.substring(0, DEFAULT_MAX_BODY_CHARS);
        }
        if (!pattern.matcher(body).find()) {
          run.fail("body did not match /" + pattern.pattern() + "/");
          return;
        }
      }
      run.pass("HTTP " + status);
    } catch (RuntimeException e) {
      run.fail(Failures.describe(e));
    }
  }
}
