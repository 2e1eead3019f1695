package com.shopfloor.stock;

import java.util.HashMap;
import java.util.Map;

/** In-memory stock levels per SKU. */
public class Inventory {

  private static final class Item {
    final String sku;
    int quantity;

    Item(String sku) {
      this.sku = sku;
    }
  }

  private final Map<String, Item> items = new HashMap<>();

  /** Adds {@code qty} units of {@code sku}, creating the SKU if needed. */
  public void add(String sku, int qty) {
    if (qty <= 0) {
      throw new IllegalArgumentException("qty must be positive: " + qty);
    }
    items.computeIfAbsent(sku, Item::new).quantity += qty;
  }

  /**
   * Removes {@code qty} units of {@code sku}. Returns false (and changes nothing) when the SKU is
   * unknown or there is not enough stock.
   */
  public boolean remove(String sku, int qty) {
    Item item = items.get(sku);
    if (item.quantity < qty) {
      return false;
    }
    item.quantity -= qty;
    if (item.quantity == 0) {
      items.remove(sku);
    }
    return true;
  }

  public int quantity(String sku) {
    Item item = items.get(sku);
    return item == null ? 0 : item.quantity;
  }

  public int distinctSkus() {
    return items.size();
  }
}
