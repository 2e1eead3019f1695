package io.github.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IdentifiersTest {

  @Test
  void acceptsOrdinaryNames() {
    assertTrue(Identifiers.isValid("userName"));
    assertTrue(Identifiers.isValid("$tmp_1"));
  }

  @Test
  void rejectsKeywords() {
    assertFalse(Identifiers.isValid("class"));
    assertFalse(Identifiers.isValid("null"));
  }

  @Test
  void rejectsBadCharacters() {
    assertFalse(Identifiers.isValid("1abc"));
    assertFalse(Identifiers.isValid("a-b"));
    assertFalse(Identifiers.isValid(""));
  }

  @Test
  void sanitizesArbitraryText() {
    assertEquals("first_name", Identifiers.sanitize("first-name"));
    assertEquals("_2fa", Identifiers.sanitize("2fa"));
    assertEquals("class_", Identifiers.sanitize("class"));
  }
}
