package com.shopfloor.warehouse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Stock of one warehouse with a running total and a movement log. */
public class Warehouse {

  private final Map<String, Integer> stock = new TreeMap<>();
  private final List<String> log = new ArrayList<>();
  private int totalUnits;

  public void receive(String sku, int qty) {
    if (qty <= 0) {
      throw new IllegalArgumentException("qty must be positive: " + qty);
    }
    stock.merge(sku, qty, Integer::sum);
    totalUnits += qty;
    log.add("IN " + sku + " " + qty);
  }

  public void ship(String sku, int qty) {
    if (qty <= 0) {
      throw new IllegalArgumentException("qty must be positive: " + qty);
    }
    int have = stock.getOrDefault(sku, 0);
    if (qty > have) {
      throw new IllegalStateException("cannot ship " + qty + " of " + sku + ", only " + have + " in stock");
    }
    if (have == qty) {
      stock.remove(sku);
    } else {
      stock.put(sku, have - qty);
    }
    log.add("OUT " + sku + " " + qty);
  }

  public int units(String sku) {
    return stock.getOrDefault(sku, 0);
  }

  public int totalUnits() {
    return totalUnits;
  }

  public List<String> log() {
    return List.copyOf(log);
  }
}
