package io.heal.sample.internal;

import com.sun.net.httpserver.HttpExchange;
import io.heal.sample.Calculator;
import java.io.IOException;
import java.util.Map;

/**
 * {@code POST /compute}: reads {@code {"a": 6, "b": 3}} and answers {@code {"result": 2.0}}. Bad
 * input answers 400 with a problem body naming the field; the error fault answers 500.
 */
final class ComputeHandler {

  private final Calculator calculator = new Calculator();
  private final Faults faults;

  ComputeHandler(Faults faults) {
    this.faults = faults;
  }

  int handle(HttpExchange exchange) throws IOException {
    if (!"POST".equals(exchange.getRequestMethod())) {
      exchange.getResponseHeaders().set("Allow", "POST");
      return Exchanges.problem(
          exchange,
          405,
          "Method Not Allowed",
          "method: must be POST, found " + exchange.getRequestMethod());
    }
    if (faults.drawError()) {
      return Exchanges.problem(
          exchange, 500, "Internal Server Error", "simulated error (fault switch 'errors')");
    }
    double result;
    try {
      Object parsed = TinyJson.parse(Exchanges.body(exchange));
      if (!(parsed instanceof Map<?, ?> body)) {
        throw new IllegalArgumentException("body: must be a JSON object, found " + kind(parsed));
      }
      double a = number(body, "a");
      double b = number(body, "b");
      result = divide(a, b);
    } catch (IllegalArgumentException e) {
      return Exchanges.problem(exchange, 400, "Bad Request", e.getMessage());
    }
    return Exchanges.json(exchange, 200, "{\"result\": " + result + "}");
  }

  private double divide(double a, double b) {
    try {
      return calculator.divide(a, b);
    } catch (IllegalArgumentException e) {
      // the calculator names its parameter ("b: ..."); the caller knows it as a field
      String message = String.valueOf(e.getMessage());
      int colon = message.indexOf(": ");
      String detail =
          colon < 0
              ? message
              : "field '" + message.substring(0, colon) + "'" + message.substring(colon);
      throw new IllegalArgumentException(detail, e);
    }
  }

  private static double number(Map<?, ?> body, String field) {
    if (!body.containsKey(field)) {
      throw new IllegalArgumentException("field '" + field + "': required, found nothing");
    }
    Object value = body.get(field);
    if (!(value instanceof Double number)) {
      throw new IllegalArgumentException(
          "field '" + field + "': must be a number, found " + kind(value));
    }
    return number;
  }

  private static String kind(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof String text) {
      return Exchanges.quote(text);
    }
    if (value instanceof Map) {
      return "an object";
    }
    if (value instanceof java.util.List) {
      return "an array";
    }
    return String.valueOf(value);
  }
}
