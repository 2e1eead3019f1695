package org.example.crm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerDedupTest {

  @Test
  void keepsFirstOfEachEmail() {
    Customer a = new Customer(1, "Ann", "ann@example.org");
    Customer b = new Customer(2, "Bo", "bo@example.org");
    Customer a2 = new Customer(3, "Ann L.", " ANN@example.org ");
    assertEquals(List.of(a, b), CustomerDedup.byEmail(List.of(a, b, a2)));
  }

  @Test
  void customersWithoutEmailAreKept() {
    Customer a = new Customer(1, "Ann", "ann@example.org");
    Customer x = new Customer(2, "Walk-in", null);
    Customer y = new Customer(3, "Phone order", null);
    assertEquals(List.of(a, x, y), CustomerDedup.byEmail(List.of(a, x, y)));
  }

  @Test
  void emptyInput() {
    assertEquals(List.of(), CustomerDedup.byEmail(List.of()));
  }
}
