package com.shopfloor.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class WarehouseTest {

  @Test
  void receivingAddsStock() {
    Warehouse w = new Warehouse();
    w.receive("bolt", 100);
    w.receive("nut", 50);
    assertEquals(100, w.units("bolt"));
    assertEquals(150, w.totalUnits());
  }

  @Test
  void shippingReducesStock() {
    Warehouse w = new Warehouse();
    w.receive("bolt", 100);
    w.ship("bolt", 30);
    assertEquals(70, w.units("bolt"));
  }

  @Test
  void totalUnitsFollowsReceiptsAndShipments() {
    Warehouse w = new Warehouse();
    w.receive("bolt", 100);
    w.receive("nut", 50);
    w.ship("nut", 50);
    w.ship("bolt", 10);
    assertEquals(90, w.totalUnits());
  }

  @Test
  void cannotShipMoreThanInStock() {
    Warehouse w = new Warehouse();
    w.receive("bolt", 5);
    assertThrows(IllegalStateException.class, () -> w.ship("bolt", 6));
    assertEquals(List.of("IN bolt 5"), w.log());
  }
}
