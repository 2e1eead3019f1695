package org.example.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class AccountTest {

  @Test
  void withdrawsPartOfBalance() {
    Account a = new Account("A1", 10_000);
    a.withdraw(2_500);
    assertEquals(7_500, a.balanceCents());
  }

  @Test
  void withdrawingEntireBalanceLeavesZero() {
    Account a = new Account("A1", 5_000);
    a.withdraw(5_000);
    assertEquals(0, a.balanceCents());
  }

  @Test
  void overdraftIsRejected() {
    Account a = new Account("A1", 1_000);
    assertThrows(InsufficientFundsException.class, () -> a.withdraw(1_001));
    assertEquals(1_000, a.balanceCents());
  }

  @Test
  void recordsHistory() {
    Account a = new Account("A1", 0);
    a.deposit(300);
    a.withdraw(100);
    assertEquals(List.of("deposit 300", "withdraw 100"), a.history());
  }

  @Test
  void rejectsNonPositiveAmounts() {
    Account a = new Account("A1", 100);
    assertThrows(IllegalArgumentException.class, () -> a.deposit(0));
    assertThrows(IllegalArgumentException.class, () -> a.withdraw(-5));
  }
}
