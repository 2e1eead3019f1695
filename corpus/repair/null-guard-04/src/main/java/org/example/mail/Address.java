package org.example.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A postal address; {@code line2} and {@code country} are optional (may be null). */
public record Address(String name, String line1, String line2, String postcode, String city, String country) {

  public Address {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(line1, "line1");
    Objects.requireNonNull(city, "city");
  }

  /** The lines to print on an envelope, joined with newlines. */
  public String toLabel() {
    List<String> lines = new ArrayList<>();
    lines.add(name);
    lines.add(line1);
    lines.add(line2);
    lines.add(postcode == null ? city : postcode + " " + city);
    if (country != null) {
      lines.add(country.toUpperCase());
    }
    return String.join("\n", lines);
  }

  /** A one-line form for lists, e.g. {@code "Ann Lee, 1 Main St, Springfield"}. */
  public String oneLine() {
    return name + ", " + line1 + ", " + city;
  }
}
