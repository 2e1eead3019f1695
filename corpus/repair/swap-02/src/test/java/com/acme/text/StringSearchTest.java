package com.acme.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StringSearchTest {

  @Test
  void findsNeedleRegardlessOfCase() {
    assertEquals(6, StringSearch.indexOfIgnoreCase("Hello World", "wORLD"));
  }

  @Test
  void identicalStringsMatchAtZero() {
    assertEquals(0, StringSearch.indexOfIgnoreCase("Java", "jAVA"));
  }

  @Test
  void missingNeedleGivesMinusOne() {
    assertEquals(-1, StringSearch.indexOfIgnoreCase("Hello", "xyz"));
  }

  @Test
  void containsIgnoreCase() {
    assertTrue(StringSearch.containsIgnoreCase("Red Apple Pie", "apple"));
    assertFalse(StringSearch.containsIgnoreCase("Red Apple Pie", "pear"));
  }

  @Test
  void startsWithAndCount() {
    assertTrue(StringSearch.startsWithIgnoreCase("README.md", "read"));
    assertEquals(3, StringSearch.countIgnoreCase("Na na NA!", "na"));
  }
}
