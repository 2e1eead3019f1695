package org.example.crm;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Removes duplicate customers before a mailing. */
public final class CustomerDedup {

  private CustomerDedup() {}

  /**
   * Keeps the first customer for each email address (compared case-insensitively, ignoring
   * surrounding spaces). Customers without an email cannot be matched and are all kept.
   */
  public static List<Customer> byEmail(List<Customer> customers) {
    Set<String> seen = new HashSet<>();
    List<Customer> result = new ArrayList<>();
    for (Customer c : customers) {
      String key = c.email().strip().toLowerCase(Locale.ROOT);
      if (seen.add(key)) {
        result.add(c);
      }
    }
    return result;
  }
}
