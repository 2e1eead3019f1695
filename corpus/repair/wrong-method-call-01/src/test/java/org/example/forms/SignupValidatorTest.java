package org.example.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SignupValidatorTest {

  private final SignupValidator validator = new SignupValidator();

  @Test
  void validFormHasNoErrors() {
    assertEquals(Map.of(), validator.validate(Map.of("username", "ann", "email", "ann@example.org", "age", " 41 ")));
  }

  @Test
  void missingFieldsAreReported() {
    assertEquals(Map.of("username", "is required", "email", "is required"), validator.validate(Map.of("username", "")));
  }

  @Test
  void whitespaceOnlyFieldsCountAsMissing() {
    assertEquals(
        Map.of("username", "is required", "email", "is required"),
        validator.validate(Map.of("username", "   ", "email", " \t")));
  }

  @Test
  void emailNeedsAtSign() {
    assertEquals(Map.of("email", "must contain @"), validator.validate(Map.of("username", "ann", "email", "ann")));
  }

  @Test
  void ageMustBeNumeric() {
    assertEquals(
        Map.of("age", "must be a number"),
        validator.validate(Map.of("username", "ann", "email", "a@b.c", "age", "forty")));
  }
}
