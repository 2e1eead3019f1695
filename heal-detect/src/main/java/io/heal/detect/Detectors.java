package io.heal.detect;

import io.heal.detect.spi.DetectorFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The built-in detectors by name, and the default one the daemon uses. Detectors that need settings
 * ({@link ThresholdDetector}, {@link BurnRateDetector}, a seasonal {@link HoltWintersDetector}) are
 * made through their own factory methods; {@code saturation} needs the series' max as its limit.
 *
 * <p>Thread-safe: the registry is immutable.
 */
public final class Detectors {

  private static final Map<String, DetectorFactory> BUILT_IN = builtIn();

  private Detectors() {}

  /** The name of the detector the daemon uses when a service names none. */
  public static String defaultName() {
    return CombinedDetector.NAME;
  }

  /** The detector the daemon uses when a service names none. */
  public static DetectorFactory defaultFactory() {
    return BUILT_IN.get(defaultName());
  }

  /** The built-in detector with this name. */
  public static Optional<DetectorFactory> byName(String name) {
    return Optional.ofNullable(BUILT_IN.get(name));
  }

  /** The names of the built-in detectors. */
  public static List<String> names() {
    return List.copyOf(BUILT_IN.keySet());
  }

  private static Map<String, DetectorFactory> builtIn() {
    Map<String, DetectorFactory> m = new LinkedHashMap<>();
    for (DetectorFactory f :
        List.of(
            CombinedDetector.factory(),
            ContextNoveltyDetector.factory(),
            EwmaDetector.factory(),
            RobustDetector.factory(),
            HoltWintersDetector.factory(),
            LeakDetector.factory(),
            SaturationDetector.factory(),
            RelativeEntropyDetector.factory())) {
      m.put(f.name(), f);
    }
    return java.util.Collections.unmodifiableMap(m);
  }
}
