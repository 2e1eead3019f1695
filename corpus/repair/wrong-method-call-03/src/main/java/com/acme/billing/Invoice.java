package com.acme.billing;

import java.util.ArrayList;
import java.util.List;

/** An invoice; tax is computed per line and summed. */
public class Invoice {

  private final TaxCalculator tax;
  private final List<LineItem> lines = new ArrayList<>();

  public Invoice(TaxCalculator tax) {
    this.tax = tax;
  }

  public Invoice add(LineItem line) {
    lines.add(line);
    return this;
  }

  public long netCents() {
    return lines.stream().mapToLong(LineItem::netCents).sum();
  }

  public long taxCents() {
    return lines.stream().mapToLong(l -> tax.taxCents(l.netCents())).sum();
  }

  public long totalCents() {
    return netCents() + taxCents();
  }
}
