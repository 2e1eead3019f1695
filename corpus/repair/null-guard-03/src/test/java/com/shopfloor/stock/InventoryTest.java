package com.shopfloor.stock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class InventoryTest {

  @Test
  void removesAvailableStock() {
    Inventory inv = new Inventory();
    inv.add("A-1", 5);
    assertTrue(inv.remove("A-1", 3));
    assertEquals(2, inv.quantity("A-1"));
  }

  @Test
  void refusesToRemoveMoreThanAvailable() {
    Inventory inv = new Inventory();
    inv.add("A-1", 2);
    assertFalse(inv.remove("A-1", 3));
    assertEquals(2, inv.quantity("A-1"));
  }

  @Test
  void removingUnknownSkuFails() {
    Inventory inv = new Inventory();
    inv.add("A-1", 2);
    assertFalse(inv.remove("B-7", 1));
    assertEquals(1, inv.distinctSkus());
  }

  @Test
  void emptiedSkuDisappears() {
    Inventory inv = new Inventory();
    inv.add("A-1", 2);
    inv.add("A-2", 1);
    assertTrue(inv.remove("A-1", 2));
    assertEquals(1, inv.distinctSkus());
    assertEquals(0, inv.quantity("A-1"));
  }
}
