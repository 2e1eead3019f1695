package org.example.finance;

/** A fixed-rate annuity loan with monthly installments. */
public final class Loan {

  private final double principal;
  private final double annualRatePercent;
  private final int months;

  public Loan(double principal, double annualRatePercent, int months) {
    if (principal <= 0) {
      throw new IllegalArgumentException("principal must be positive: " + principal);
    }
    if (annualRatePercent < 0) {
      throw new IllegalArgumentException("annualRatePercent must be >= 0: " + annualRatePercent);
    }
    if (months <= 0) {
      throw new IllegalArgumentException("months must be positive: " + months);
    }
    this.principal = principal;
    this.annualRatePercent = annualRatePercent;
    this.months = months;
  }

  /** Interest rate per month as a fraction, e.g. 0.005 for 6% a year. */
  double monthlyRate() {
    return annualRatePercent / 100 * 12;
  }

  /** The constant monthly installment. */
  public double monthlyPayment() {
    double r = monthlyRate();
    if (r == 0) {
      return principal / months;
    }
    return principal * r / (1 - Math.pow(1 + r, -months));
  }

  /** Interest part of the first installment. */
  public double firstInterest() {
    return principal * monthlyRate();
  }

  public double totalPaid() {
    return monthlyPayment() * months;
  }
}
