package org.example.forms;

import java.util.LinkedHashMap;
import java.util.Map;

/** Server-side validation of the sign-up form; returns field name to error message. */
public class SignupValidator {

  public Map<String, String> validate(Map<String, String> form) {
    Map<String, String> errors = new LinkedHashMap<>();
    requireText(form, "username", errors);
    requireText(form, "email", errors);
    if (!errors.containsKey("email") && !form.get("email").contains("@")) {
      errors.put("email", "must contain @");
    }
    String age = form.getOrDefault("age", "");
    if (!age.isBlank() && !age.strip().matches("\\d{1,3}")) {
      errors.put("age", "must be a number");
    }
    return errors;
  }

  private static void requireText(Map<String, String> form, String field, Map<String, String> errors) {
    String value = form.get(field);
    if (value == null || value.isEmpty()) {
      errors.put(field, "is required");
    }
  }
}
