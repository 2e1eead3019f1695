package org.example.payments;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Accounts and an append-only ledger of transfers between them. Amounts are in cents. */
public class Bank {

  /** One booked transfer. */
  public record Entry(String from, String to, long cents) {}

  private final Map<String, Long> balances = new HashMap<>();
  private final List<Entry> ledger = new ArrayList<>();

  public void open(String accountId, long cents) {
    if (balances.putIfAbsent(accountId, cents) != null) {
      throw new IllegalArgumentException("account exists: " + accountId);
    }
  }

  public long balance(String accountId) {
    Long b = balances.get(accountId);
    if (b == null) {
      throw new IllegalArgumentException("no such account: " + accountId);
    }
    return b;
  }

  public void transfer(String fromId, String toId, long cents) {
    if (cents <= 0) {
      throw new IllegalArgumentException("cents must be positive: " + cents);
    }
    long fromBalance = balance(fromId);
    long toBalance = balance(toId);
    if (fromBalance < cents) {
      throw new IllegalStateException(fromId + " has " + fromBalance + ", cannot send " + cents);
    }
    balances.put(fromId, fromBalance - cents);
    balances.put(toId, toBalance + cents);
    ledger.add(new Entry(fromId, fromId, cents));
  }

  /** Entries involving {@code accountId}, oldest first. */
  public List<Entry> statement(String accountId) {
    List<Entry> out = new ArrayList<>();
    for (Entry e : ledger) {
      if (e.from().equals(accountId) || e.to().equals(accountId)) {
        out.add(e);
      }
    }
    return out;
  }
}
