package io.heal.daemon.internal;

import io.heal.core.spec.ServiceSpec;
import java.util.Optional;

/**
 * Which release of a service runs, which one is known-good, and whether the running one is still in
 * its promotion period (deployed, not yet proven) with how many failures since its deploy. Owned by
 * one supervisor, on the engine thread.
 */
final class ReleaseTrack {

  private final ServiceSpec spec;
  private String current;
  private String knownGood;
  private boolean deployed;
  private int failuresSinceDeploy;

  ReleaseTrack(ServiceSpec spec) {
    this.spec = spec;
    this.current = spec.currentRelease();
    this.knownGood = spec.knownGoodRelease();
  }

  String current() {
    return current;
  }

  String knownGood() {
    return knownGood;
  }

  int failuresSinceDeploy() {
    return failuresSinceDeploy;
  }

  /** Whether the running release was deployed and has not yet become known-good. */
  boolean inPromotion() {
    return deployed && !current.equals(knownGood);
  }

  /**
   * Switches to {@code version}, which must be declared.
   *
   * @throws IllegalArgumentException naming the version and the known ones
   */
  void deploy(String version) {
    if (spec.release(version).isEmpty()) {
      throw new IllegalArgumentException(
          "version: unknown release '"
              + version
              + "' of service "
              + spec.name()
              + " (known: "
              + String.join(", ", spec.releases().keySet().stream().sorted().toList())
              + ")");
    }
    current = version;
    deployed = true;
    failuresSinceDeploy = 0;
  }

  /** Back to the known-good release. */
  void rollback() {
    current = knownGood;
    deployed = false;
    failuresSinceDeploy = 0;
  }

  /** Counts a failure of a release in its promotion period; returns whether it was in it. */
  boolean countFailure() {
    boolean promo = inPromotion();
    if (promo) {
      failuresSinceDeploy++;
    }
    return promo;
  }

  /** Makes the running release known-good; returns the one it replaces, if it was in promotion. */
  Optional<String> promote() {
    if (!inPromotion()) {
      return Optional.empty();
    }
    String old = knownGood;
    knownGood = current;
    deployed = false;
    failuresSinceDeploy = 0;
    return Optional.of(old);
  }
}
