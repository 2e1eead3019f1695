package io.heal.detect.metrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * A strict parser of the Prometheus text exposition format 0.0.4: comments and {@code # HELP} /
 * {@code # TYPE} lines are skipped, sample lines are {@code name{label="value",...} value
 * [timestamp]} with label values escaped by {@code \\}, {@code \"} and {@code \n}. A malformed line
 * fails the whole parse with a {@link PrometheusFormatException} naming it. Stateless and
 * thread-safe.
 */
public final class PrometheusTextParser {

  private PrometheusTextParser() {}

  /** Parses an exposition. */
  public static List<PrometheusSample> parse(String text) {
    List<PrometheusSample> out = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      out.add(new LineParser(line, i + 1).sample());
    }
    return out;
  }

  /** Parses one sample line. */
  private static final class LineParser {
    private final String s;
    private final int lineNumber;
    private int pos;

    LineParser(String s, int lineNumber) {
      this.s = s;
      this.lineNumber = lineNumber;
    }

    PrometheusSample sample() {
      String name = name();
      if (name.isEmpty()) {
        throw fail("expected a metric name");
      }
      Map<String, String> labels = new HashMap<>();
      skipBlanks();
      if (peek() == '{') {
        pos++;
        labels(labels);
      }
      skipBlanks();
      double value = number(token());
      skipBlanks();
      OptionalLong ts = OptionalLong.empty();
      if (pos < s.length()) {
        String t = token();
        try {
          ts = OptionalLong.of(Long.parseLong(t));
        } catch (NumberFormatException e) {
          throw fail("expected an integer timestamp in milliseconds");
        }
        skipBlanks();
        if (pos < s.length()) {
          throw fail("unexpected text after the timestamp");
        }
      }
      return new PrometheusSample(name, labels, value, ts);
    }

    private void labels(Map<String, String> labels) {
      skipBlanks();
      while (peek() != '}') {
        String label = name();
        if (label.isEmpty()) {
          throw fail("expected a label name");
        }
        skipBlanks();
        expect('=');
        skipBlanks();
        expect('"');
        StringBuilder v = new StringBuilder();
        while (true) {
          char c = next("an unterminated label value");
          if (c == '"') {
            break;
          }
          if (c == '\\') {
            char e = next("an unterminated escape");
            switch (e) {
              case '\\' -> v.append('\\');
              case '"' -> v.append('"');
              case 'n' -> v.append('\n');
              default -> throw fail("unknown escape \\" + e + " in a label value");
            }
          } else {
            v.append(c);
          }
        }
        if (labels.put(label, v.toString()) != null) {
          throw fail("label '" + label + "' repeated");
        }
        skipBlanks();
        if (peek() == ',') {
          pos++;
          skipBlanks();
        } else if (peek() != '}') {
          throw fail("expected ',' or '}' after a label");
        }
      }
      pos++;
    }

    private String name() {
      int start = pos;
      while (pos < s.length()) {
        char c = s.charAt(pos);
        boolean ok =
            Character.isLetter(c) || c == '_' || c == ':' || (pos > start && Character.isDigit(c));
        if (!ok || c > 127) {
          break;
        }
        pos++;
      }
      return s.substring(start, pos);
    }

    private String token() {
      int start = pos;
      while (pos < s.length() && s.charAt(pos) != ' ' && s.charAt(pos) != '\t') {
        pos++;
      }
      if (start == pos) {
        throw fail("expected a value");
      }
      return s.substring(start, pos);
    }

    private double number(String t) {
      switch (t) {
        case "NaN":
          return Double.NaN;
        case "+Inf":
        case "Inf":
          return Double.POSITIVE_INFINITY;
        case "-Inf":
          return Double.NEGATIVE_INFINITY;
        default:
          try {
            return Double.parseDouble(t);
          } catch (NumberFormatException e) {
            throw fail("expected a number as the value");
          }
      }
    }

    private void skipBlanks() {
      while (pos < s.length() && (s.charAt(pos) == ' ' || s.charAt(pos) == '\t')) {
        pos++;
      }
    }

    private char peek() {
      return pos < s.length() ? s.charAt(pos) : '\0';
    }

    private char next(String whatIfMissing) {
      if (pos >= s.length()) {
        throw fail(whatIfMissing);
      }
      return s.charAt(pos++);
    }

    private void expect(char c) {
      if (peek() != c) {
        throw fail("expected '" + c + "' at column " + (pos + 1));
      }
      pos++;
    }

    private PrometheusFormatException fail(String problem) {
      return new PrometheusFormatException(lineNumber, problem, s);
    }
  }
}
