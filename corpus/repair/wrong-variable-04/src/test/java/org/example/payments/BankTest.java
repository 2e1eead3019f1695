package org.example.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class BankTest {

  @Test
  void transferMovesMoney() {
    Bank bank = new Bank();
    bank.open("ann", 1_000);
    bank.open("bo", 0);
    bank.transfer("ann", "bo", 400);
    assertEquals(600, bank.balance("ann"));
    assertEquals(400, bank.balance("bo"));
  }

  @Test
  void senderStatementShowsTransfer() {
    Bank bank = new Bank();
    bank.open("ann", 1_000);
    bank.open("bo", 0);
    bank.transfer("ann", "bo", 400);
    assertEquals(1, bank.statement("ann").size());
  }

  @Test
  void receiverStatementShowsTransfer() {
    Bank bank = new Bank();
    bank.open("ann", 1_000);
    bank.open("bo", 0);
    bank.transfer("ann", "bo", 400);
    assertEquals(List.of(new Bank.Entry("ann", "bo", 400)), bank.statement("bo"));
  }

  @Test
  void refusesOverdraft() {
    Bank bank = new Bank();
    bank.open("ann", 100);
    bank.open("bo", 0);
    assertThrows(IllegalStateException.class, () -> bank.transfer("ann", "bo", 101));
    assertEquals(List.of(), bank.statement("ann"));
  }
}
