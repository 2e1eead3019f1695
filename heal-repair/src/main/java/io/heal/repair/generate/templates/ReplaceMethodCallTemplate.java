package io.heal.repair.generate.templates;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import io.heal.repair.generate.Site;
import io.heal.repair.spi.RepairTemplate;
import io.heal.repair.spi.SourceEdit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Replaces a method call with a related one of the same arity: a sibling method of the same class,
 * or a well-known JDK counterpart (min/max, floor/ceil, indexOf/lastIndexOf...).
 */
public final class ReplaceMethodCallTemplate implements RepairTemplate {

  /**
   * Groups of counterparts, each in the order they are tried. Lists, not sets: a set's iteration
   * order changes from one JVM run to the next, and with it which passing patch is found first.
   */
  private static final List<List<String>> RELATED =
      List.of(
          List.of("min", "max"),
          List.of("floor", "ceil", "round", "rint"),
          List.of("startsWith", "endsWith", "contains", "equals"),
          List.of("indexOf", "lastIndexOf"),
          List.of("toUpperCase", "toLowerCase", "trim", "strip"),
          List.of("isEmpty", "isBlank"),
          List.of("equals", "equalsIgnoreCase"),
          List.of("compareTo", "compareToIgnoreCase"),
          List.of("addFirst", "addLast", "push", "add", "offer", "offerFirst", "offerLast"),
          List.of("removeFirst", "removeLast", "pop", "poll", "pollFirst", "pollLast"),
          List.of("peek", "peekFirst", "peekLast", "getFirst", "getLast", "element"),
          List.of("first", "last"),
          List.of("floorKey", "ceilingKey", "lowerKey", "higherKey"),
          List.of("floorEntry", "ceilingEntry", "lowerEntry", "higherEntry"),
          List.of("keySet", "values"),
          List.of("containsKey", "containsValue"),
          List.of("put", "putIfAbsent"),
          List.of("size", "length"),
          List.of("abs", "negateExact"),
          List.of("sqrt", "cbrt"),
          List.of("nextInt", "nextLong"));

  @Override
  public String name() {
    return "replace-method-call";
  }

  @Override
  public List<SourceEdit> edits(Site site) {
    List<SourceEdit> out = new ArrayList<>();
    for (MethodCallExpr m : site.expressions(MethodCallExpr.class)) {
      String name = m.getNameAsString();
      Set<String> others = new LinkedHashSet<>();
      boolean own = m.getScope().isEmpty() || m.getScope().get().isThisExpr();
      if (own) {
        m.findAncestor(TypeDeclaration.class)
            .ifPresent(
                t -> {
                  for (MethodDeclaration d : ((TypeDeclaration<?>) t).getMethods()) {
                    if (d.getParameters().size() == m.getArguments().size()
                        && !d.getNameAsString().equals(name)) {
                      others.add(d.getNameAsString());
                    }
                  }
                });
      }
      for (List<String> group : RELATED) {
        if (group.contains(name)) {
          others.addAll(group);
        }
      }
      others.remove(name);
      for (String other : others) {
        out.add(site.replace(m, call(site, m, other), name + "(..) -> " + other + "(..)"));
      }
    }
    return out;
  }

  private static String call(Site site, MethodCallExpr m, String name) {
    StringBuilder s = new StringBuilder();
    m.getScope().ifPresent(sc -> s.append(site.text(sc)).append('.'));
    s.append(name).append('(');
    List<String> args = new ArrayList<>();
    for (Expression a : m.getArguments()) {
      args.add(site.text(a));
    }
    return s.append(String.join(", ", args)).append(')').toString();
  }
}
