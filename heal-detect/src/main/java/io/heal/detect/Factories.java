package io.heal.detect;

import io.heal.detect.spi.Detector;
import io.heal.detect.spi.DetectorFactory;
import io.heal.detect.spi.SeriesInfo;
import java.util.function.Function;

/** Builds a {@link DetectorFactory} from a name and a constructor. */
final class Factories {

  private Factories() {}

  static DetectorFactory of(String name, Function<SeriesInfo, Detector> create) {
    return new DetectorFactory() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Detector create(SeriesInfo series) {
        return create.apply(series);
      }

      @Override
      public String toString() {
        return name;
      }
    };
  }
}
