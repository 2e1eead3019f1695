package com.acme.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TextUtilsTest {

  @Test
  void capitalizesFirstLetter() {
    assertEquals("Hello world", TextUtils.capitalize("hello world"));
    assertEquals("", TextUtils.capitalize(""));
  }

  @Test
  void capitalizeOfNullIsNull() {
    assertNull(TextUtils.capitalize(null));
  }

  @Test
  void uncapitalizesFirstLetter() {
    assertEquals("hELLO", TextUtils.uncapitalize("HELLO"));
    assertNull(TextUtils.uncapitalize(null));
  }

  @Test
  void swapsCase() {
    assertEquals("hELLO wORLD", TextUtils.swapCase("Hello World"));
  }

  @Test
  void reverses() {
    assertEquals("cba", TextUtils.reverse("abc"));
    assertNull(TextUtils.reverse(null));
  }
}
