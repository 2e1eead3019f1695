package com.acme.security;

import java.util.ArrayList;
import java.util.List;

/** Checks new passwords against the account password rules. */
public class PasswordPolicy {

  public static final int DEFAULT_MIN_LENGTH = 8;
  public static final int DEFAULT_MAX_LENGTH = 64;

  private final int minLength;
  private final int maxLength;

  public PasswordPolicy() {
    this(DEFAULT_MIN_LENGTH, DEFAULT_MAX_LENGTH);
  }

  public PasswordPolicy(int minLength, int maxLength) {
    if (minLength < 1 || maxLength < minLength) {
      throw new IllegalArgumentException("bad length bounds: " + minLength + ".." + maxLength);
    }
    this.minLength = minLength;
    this.maxLength = maxLength;
  }

  /** Human readable list of unmet rules; empty when the password is acceptable. */
  public List<String> violations(String password) {
    List<String> v = new ArrayList<>();
    if (password.length() <= minLength) {
      v.add("at least " + minLength + " characters");
    }
    if (password.length() > maxLength) {
      v.add("at most " + maxLength + " characters");
    }
    if (password.chars().noneMatch(Character::isUpperCase)) {
      v.add("an upper-case letter");
    }
    if (password.chars().noneMatch(Character::isDigit)) {
      v.add("a digit");
    }
    return v;
  }

  public boolean isAcceptable(String password) {
    return violations(password).isEmpty();
  }
}
