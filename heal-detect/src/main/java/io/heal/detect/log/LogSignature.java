package io.heal.detect.log;

import io.heal.core.anomaly.Severity;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A named pattern that marks a log line as evidence of trouble.
 *
 * @param name a short name, such as {@code out-of-memory}
 * @param pattern searched for anywhere in the line
 * @param severity how bad a match is
 */
public record LogSignature(String name, Pattern pattern, Severity severity) {

  public LogSignature {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("name: must not be blank, found '" + name + "'");
    }
    if (pattern == null || severity == null) {
      throw new IllegalArgumentException(
          "pattern, severity: must not be null (signature " + name + ")");
    }
  }

  /**
   * A signature from a regex string.
   *
   * @throws IllegalArgumentException naming the signature when the regex does not compile
   */
  public static LogSignature of(String name, String regex, Severity severity) {
    try {
      return new LogSignature(name, Pattern.compile(regex), severity);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException(
          "signatures."
              + name
              + ".regex: not a valid regex, found '"
              + regex
              + "': "
              + e.getDescription(),
          e);
    }
  }

  /** Whether the line matches. */
  public boolean matches(String line) {
    return pattern.matcher(line).find();
  }
}
