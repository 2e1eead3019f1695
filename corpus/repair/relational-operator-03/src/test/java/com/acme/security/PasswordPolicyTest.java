package com.acme.security;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.Test;

public class PasswordPolicyTest {

  private final PasswordPolicy policy = new PasswordPolicy();

  @Test
  public void acceptsStrongPassword() {
    assertTrue(policy.isAcceptable("Secur1ty-Pass"));
  }

  @Test
  public void acceptsPasswordOfExactlyMinimumLength() {
    assertEquals(List.of(), policy.violations("Abcdef12"));
  }

  @Test
  public void rejectsShortPassword() {
    assertEquals(List.of("at least 8 characters"), policy.violations("Abcde12"));
  }

  @Test
  public void listsEveryViolation() {
    assertEquals(
        List.of("at least 8 characters", "an upper-case letter", "a digit"), policy.violations("abc"));
  }

  @Test
  public void rejectsTooLongPassword() {
    assertFalse(policy.isAcceptable("A1" + "x".repeat(63)));
  }
}
