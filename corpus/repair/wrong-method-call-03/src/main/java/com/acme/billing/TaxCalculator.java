package com.acme.billing;

/** Value-added tax at a fixed rate given in basis points (1900 = 19%). */
public final class TaxCalculator {

  private final int basisPoints;

  public TaxCalculator(int basisPoints) {
    if (basisPoints < 0 || basisPoints > 10_000) {
      throw new IllegalArgumentException("basisPoints must be in 0..10000: " + basisPoints);
    }
    this.basisPoints = basisPoints;
  }

  /** Tax on {@code netCents}, rounded half up to the cent (commercial rounding). */
  public long taxCents(long netCents) {
    return (long) Math.floor(netCents * basisPoints / 10_000.0);
  }
}
