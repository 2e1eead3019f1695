package org.example.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LoanTest {

  @Test
  void zeroRateSplitsPrincipalEvenly() {
    Loan loan = new Loan(1200, 0, 12);
    assertEquals(100.0, loan.monthlyPayment(), 1e-9);
    assertEquals(1200.0, loan.totalPaid(), 1e-9);
  }

  @Test
  void paymentOfThirtyYearMortgage() {
    Loan loan = new Loan(100_000, 6, 360);
    assertEquals(599.55, loan.monthlyPayment(), 0.01);
  }

  @Test
  void firstInstallmentIsMostlyInterest() {
    Loan loan = new Loan(100_000, 6, 360);
    assertEquals(500.0, loan.firstInterest(), 1e-6);
  }

  @Test
  void rejectsNonPositiveTerm() {
    assertThrows(IllegalArgumentException.class, () -> new Loan(1000, 5, 0));
  }
}
