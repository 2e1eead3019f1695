package com.acme.docs;

import java.util.Set;

/** An authenticated user and its roles. */
public record User(String name, Set<User.Role> roles) {

  /** Coarse-grained roles. */
  public enum Role {
    MEMBER,
    ADMIN
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }
}
