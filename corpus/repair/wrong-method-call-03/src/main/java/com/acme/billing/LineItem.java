package com.acme.billing;

/** One invoice line. */
public record LineItem(String sku, int quantity, long unitCents) {

  public LineItem {
    if (quantity <= 0 || unitCents < 0) {
      throw new IllegalArgumentException("bad line " + sku + ": quantity=" + quantity + ", unitCents=" + unitCents);
    }
  }

  public long netCents() {
    return quantity * unitCents;
  }
}
