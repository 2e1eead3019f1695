package org.example.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AddressTest {

  @Test
  void fullLabel() {
    Address a = new Address("Ann Lee", "1 Main St", "Apt 4", "12345", "Springfield", "Usa");
    assertEquals("Ann Lee\n1 Main St\nApt 4\n12345 Springfield\nUSA", a.toLabel());
  }

  @Test
  void labelWithoutSecondLine() {
    Address a = new Address("Ann Lee", "1 Main St", null, "12345", "Springfield", "Usa");
    assertEquals("Ann Lee\n1 Main St\n12345 Springfield\nUSA", a.toLabel());
  }

  @Test
  void labelWithoutSecondLineOrCountry() {
    Address a = new Address("Bo", "Elm Rd 9", null, null, "Oslo", null);
    assertEquals("Bo\nElm Rd 9\nOslo", a.toLabel());
  }

  @Test
  void oneLineForm() {
    Address a = new Address("Bo", "Elm Rd 9", "c/o X", "0150", "Oslo", "Norway");
    assertEquals("Bo, Elm Rd 9, Oslo", a.oneLine());
  }
}
