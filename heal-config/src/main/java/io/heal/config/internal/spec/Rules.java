package io.heal.config.internal.spec;

import io.heal.config.internal.ErrorCollector;
import io.heal.config.internal.Found;
import java.time.Duration;
import java.util.Optional;

/**
 * Range rules shared by the builders: each returns the value (or the default when absent) and
 * reports a value out of range at its path. The value is returned even when out of range; the
 * loader refuses the whole config anyway once anything is reported.
 */
final class Rules {

  private final ErrorCollector errors;

  Rules(ErrorCollector errors) {
    this.errors = errors;
  }

  ErrorCollector errors() {
    return errors;
  }

  Duration positive(Optional<Duration> value, Duration otherwise, String path) {
    Duration duration = value.orElse(otherwise);
    if (duration.isNegative() || duration.isZero()) {
      errors.add(path, "must be longer than 0s", Found.duration(duration));
    }
    return duration;
  }

  Duration nonNegative(Optional<Duration> value, Duration otherwise, String path) {
    Duration duration = value.orElse(otherwise);
    if (duration.isNegative()) {
      errors.add(path, "must not be negative", Found.duration(duration));
    }
    return duration;
  }

  int atLeast(Optional<Integer> value, int otherwise, int min, String path) {
    int number = value.orElse(otherwise);
    if (number < min) {
      errors.add(path, "must be at least " + min, Integer.toString(number));
    }
    return number;
  }

  int between(int number, int min, int max, String path) {
    if (number < min || number > max) {
      errors.add(path, "must be between " + min + " and " + max, Integer.toString(number));
    }
    return number;
  }

  double between(Optional<Double> value, double otherwise, double min, double max, String path) {
    double number = value.orElse(otherwise);
    if (!(number >= min && number <= max)) {
      errors.add(
          path,
          "must be between " + Found.number(min) + " and " + Found.number(max),
          Found.number(number));
    }
    return number;
  }

  /** Reports {@code path} as missing and returns {@code placeholder}. */
  <T> T required(Optional<T> value, T placeholder, String path) {
    if (value.isEmpty()) {
      errors.add(path, "is required");
      return placeholder;
    }
    return value.get();
  }
}
