package org.example.bank;

import java.util.ArrayList;
import java.util.List;

/** A current account holding an amount in cents; overdrafts are not allowed. */
public class Account {

  private final String id;
  private long balanceCents;
  private final List<String> history = new ArrayList<>();

  public Account(String id, long openingCents) {
    if (openingCents < 0) {
      throw new IllegalArgumentException("openingCents must be >= 0: " + openingCents);
    }
    this.id = id;
    this.balanceCents = openingCents;
  }

  public void deposit(long cents) {
    if (cents <= 0) {
      throw new IllegalArgumentException("deposit must be positive: " + cents);
    }
    balanceCents += cents;
    history.add("deposit " + cents);
  }

  public void withdraw(long cents) {
    if (cents <= 0) {
      throw new IllegalArgumentException("withdrawal must be positive: " + cents);
    }
    if (cents >= balanceCents) {
      throw new InsufficientFundsException(id, cents, balanceCents);
    }
    balanceCents -= cents;
    history.add("withdraw " + cents);
  }

  public long balanceCents() {
    return balanceCents;
  }

  public List<String> history() {
    return List.copyOf(history);
  }
}
