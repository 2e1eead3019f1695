package io.heal.config.internal.spec;

import io.heal.config.internal.Found;
import java.util.List;
import java.util.Optional;

/** The rule for argument lists: present, not empty, the program name not blank. */
final class Commands {

  private Commands() {}

  static List<String> argv(Rules rules, Optional<List<String>> argv, String path) {
    List<String> command = rules.required(argv, List.of(), path);
    if (argv.isPresent() && command.isEmpty()) {
      rules.errors().add(path, "must name a program to run", "[]");
    } else if (!command.isEmpty() && command.get(0).isBlank()) {
      rules.errors().add(path + "[0]", "must name a program to run", Found.text(command.get(0)));
    }
    return command;
  }
}
