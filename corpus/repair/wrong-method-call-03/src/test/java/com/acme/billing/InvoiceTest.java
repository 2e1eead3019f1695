package com.acme.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class InvoiceTest {

  private final TaxCalculator vat = new TaxCalculator(1900);

  @Test
  void taxOnRoundAmount() {
    Invoice inv = new Invoice(vat).add(new LineItem("A", 2, 5_000));
    assertEquals(1_900, inv.taxCents());
    assertEquals(11_900, inv.totalCents());
  }

  @Test
  void taxRoundsDownBelowHalfCent() {
    assertEquals(234, vat.taxCents(1_234));
  }

  @Test
  void taxRoundsHalfCentUp() {
    assertEquals(200, vat.taxCents(1_050));
  }

  @Test
  void totalOfMixedInvoice() {
    Invoice inv = new Invoice(vat).add(new LineItem("A", 1, 1_050)).add(new LineItem("B", 3, 999));
    assertEquals(4_047, inv.netCents());
    assertEquals(200 + 569, inv.taxCents());
  }

  @Test
  void rejectsInvalidRate() {
    assertThrows(IllegalArgumentException.class, () -> new TaxCalculator(12_000));
  }
}
