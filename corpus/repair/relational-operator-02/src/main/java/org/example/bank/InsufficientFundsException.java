package org.example.bank;

/** Thrown when a withdrawal exceeds the available balance. */
public class InsufficientFundsException extends RuntimeException {

  public InsufficientFundsException(String accountId, long requested, long available) {
    super("account " + accountId + ": cannot withdraw " + requested + ", balance is " + available);
  }
}
