package io.heal.config.internal.spec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the cycles in {@code depends_on}, each once, written from the service declared first, such
 * as {@code a -> b -> a}. A depth-first search; edges to unknown services are ignored (they are
 * reported on their own).
 */
final class DependencyCycles {

  private final Map<String, List<String>> edges;
  private final List<String> order;
  private final Map<String, Integer> state = new HashMap<>();
  private final List<String> stack = new ArrayList<>();
  private final Set<List<String>> cycles = new LinkedHashSet<>();

  private DependencyCycles(Map<String, List<String>> edges, List<String> order) {
    this.edges = edges;
    this.order = order;
  }

  /**
   * @param edges service name to the names it depends on
   * @param order service names in declaration order
   * @return each cycle as the list of names along it, first name repeated at the end
   */
  static List<List<String>> find(Map<String, List<String>> edges, List<String> order) {
    DependencyCycles search = new DependencyCycles(edges, order);
    for (String name : order) {
      search.visit(name);
    }
    return List.copyOf(search.cycles);
  }

  private void visit(String name) {
    int seen = state.getOrDefault(name, 0);
    if (seen == 2 || !edges.containsKey(name)) {
      return;
    }
    if (seen == 1) {
      cycles.add(rotated(stack.subList(stack.indexOf(name), stack.size())));
      return;
    }
    state.put(name, 1);
    stack.add(name);
    for (String next : edges.get(name)) {
      visit(next);
    }
    stack.remove(stack.size() - 1);
    state.put(name, 2);
  }

  /** The cycle starting at its earliest-declared service, closed by repeating it. */
  private List<String> rotated(List<String> cycle) {
    int start = 0;
    for (int i = 1; i < cycle.size(); i++) {
      if (order.indexOf(cycle.get(i)) < order.indexOf(cycle.get(start))) {
        start = i;
      }
    }
    List<String> result = new ArrayList<>(cycle.subList(start, cycle.size()));
    result.addAll(cycle.subList(0, start));
    result.add(result.get(0));
    return List.copyOf(result);
  }
}
