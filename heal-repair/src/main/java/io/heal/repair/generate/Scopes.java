package io.heal.repair.generate;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Light type knowledge without a symbol solver: declared variable types and literal types. */
public final class Scopes {

  private static final Set<String> NUMERIC =
      Set.of(
          "int", "long", "short", "byte", "double", "float", "char", "Integer", "Long", "Short",
          "Double", "Float");

  private Scopes() {}

  /**
   * Variables visible at a node, inner declarations shadowing outer ones.
   *
   * @param n the node
   * @return name to declared type
   */
  public static Map<String, String> variables(Node n) {
    List<Map<String, String>> layers = new ArrayList<>();
    Node child = n;
    Node cur = n.getParentNode().orElse(null);
    while (cur != null) {
      Map<String, String> layer = new LinkedHashMap<>();
      if (cur instanceof BlockStmt) {
        for (Statement s : ((BlockStmt) cur).getStatements()) {
          if (s == child) {
            break;
          }
          s.ifExpressionStmt(
              es -> {
                if (es.getExpression() instanceof VariableDeclarationExpr) {
                  for (VariableDeclarator v :
                      ((VariableDeclarationExpr) es.getExpression()).getVariables()) {
                    layer.put(v.getNameAsString(), v.getTypeAsString());
                  }
                }
              });
        }
      } else if (cur instanceof ForStmt) {
        for (Expression e : ((ForStmt) cur).getInitialization()) {
          if (e instanceof VariableDeclarationExpr) {
            for (VariableDeclarator v : ((VariableDeclarationExpr) e).getVariables()) {
              layer.put(v.getNameAsString(), v.getTypeAsString());
            }
          }
        }
      } else if (cur instanceof ForEachStmt) {
        VariableDeclarationExpr v = ((ForEachStmt) cur).getVariable();
        if (child != ((ForEachStmt) cur).getIterable()) {
          v.getVariables().forEach(d -> layer.put(d.getNameAsString(), d.getTypeAsString()));
        }
      } else if (cur instanceof CatchClause) {
        Parameter p = ((CatchClause) cur).getParameter();
        layer.put(p.getNameAsString(), p.getTypeAsString());
      } else if (cur instanceof LambdaExpr) {
        for (Parameter p : ((LambdaExpr) cur).getParameters()) {
          layer.put(p.getNameAsString(), p.getType().isUnknownType() ? "?" : p.getTypeAsString());
        }
      } else if (cur instanceof CallableDeclaration) {
        for (Parameter p : ((CallableDeclaration<?>) cur).getParameters()) {
          layer.put(p.getNameAsString(), p.getTypeAsString() + (p.isVarArgs() ? "[]" : ""));
        }
      } else if (cur instanceof TypeDeclaration) {
        if (cur instanceof com.github.javaparser.ast.body.RecordDeclaration) {
          for (Parameter p :
              ((com.github.javaparser.ast.body.RecordDeclaration) cur).getParameters()) {
            layer.put(p.getNameAsString(), p.getTypeAsString());
          }
        }
        for (FieldDeclaration f : ((TypeDeclaration<?>) cur).getFields()) {
          for (VariableDeclarator v : f.getVariables()) {
            layer.put(v.getNameAsString(), v.getTypeAsString());
          }
        }
      }
      layers.add(layer);
      child = cur;
      cur = cur.getParentNode().orElse(null);
    }
    Map<String, String> all = new LinkedHashMap<>();
    for (Map<String, String> layer : layers) {
      layer.forEach(all::putIfAbsent);
    }
    return all;
  }

  /**
   * Guesses an expression's static type, or null when unknown.
   *
   * @param e the expression
   * @return the type's source name
   */
  public static String typeOf(Expression e) {
    if (e.isIntegerLiteralExpr()) {
      return "int";
    }
    if (e.isLongLiteralExpr()) {
      return "long";
    }
    if (e.isDoubleLiteralExpr()) {
      return e.toString().toLowerCase().endsWith("f") ? "float" : "double";
    }
    if (e.isBooleanLiteralExpr()) {
      return "boolean";
    }
    if (e.isStringLiteralExpr() || e.isTextBlockLiteralExpr()) {
      return "String";
    }
    if (e.isCharLiteralExpr()) {
      return "char";
    }
    if (e.isEnclosedExpr()) {
      return typeOf(e.asEnclosedExpr().getInner());
    }
    if (e.isNameExpr()) {
      return variables(e).get(((NameExpr) e).getNameAsString());
    }
    if (e.isFieldAccessExpr() && e.asFieldAccessExpr().getScope().isThisExpr()) {
      return variables(e).get(e.asFieldAccessExpr().getNameAsString());
    }
    if (e.isFieldAccessExpr() && e.asFieldAccessExpr().getNameAsString().equals("length")) {
      return "int";
    }
    if (e.isMethodCallExpr()) {
      MethodCallExpr m = e.asMethodCallExpr();
      String name = m.getNameAsString();
      if (Set.of("size", "length", "indexOf", "lastIndexOf", "compareTo", "hashCode")
          .contains(name)) {
        return "int";
      }
      if (m.getScope().isEmpty()
          || m.getScope().get().isThisExpr()
          || ofEnclosingType(m.getScope().get())) {
        for (MethodDeclaration d :
            e.findAncestor(TypeDeclaration.class)
                .map(t -> ((TypeDeclaration<?>) t).getMethodsByName(name))
                .orElse(List.of())) {
          if (d.getParameters().size() == m.getArguments().size()) {
            return d.getTypeAsString();
          }
        }
      }
      return null;
    }
    if (e.isBinaryExpr()) {
      BinaryExpr b = e.asBinaryExpr();
      switch (b.getOperator()) {
        case PLUS:
        case MINUS:
        case MULTIPLY:
        case DIVIDE:
        case REMAINDER:
          String l = typeOf(b.getLeft());
          String r = typeOf(b.getRight());
          if ("String".equals(l) || "String".equals(r)) {
            return "String";
          }
          if (isNumeric(l) && isNumeric(r)) {
            return wider(l, r);
          }
          return null;
        default:
          return "boolean";
      }
    }
    if (e.isUnaryExpr()) {
      return typeOf(e.asUnaryExpr().getExpression());
    }
    if (e.isCastExpr()) {
      return e.asCastExpr().getTypeAsString();
    }
    return null;
  }

  /** Whether an expression is a variable of the class that encloses it ({@code other.x()}). */
  private static boolean ofEnclosingType(Expression scope) {
    if (!scope.isNameExpr()) {
      return false;
    }
    String type = variables(scope).get(scope.asNameExpr().getNameAsString());
    return type != null
        && scope
            .findAncestor(TypeDeclaration.class)
            .map(t -> ((TypeDeclaration<?>) t).getNameAsString().equals(type))
            .orElse(false);
  }

  private static String wider(String a, String b) {
    for (String t : List.of("double", "Double", "float", "Float", "long", "Long")) {
      if (a.equals(t) || b.equals(t)) {
        return t.toLowerCase();
      }
    }
    return "int";
  }

  /**
   * Whether a type is numeric (primitive or boxed).
   *
   * @param type a type name, may be null
   * @return whether it is numeric
   */
  public static boolean isNumeric(String type) {
    return type != null && NUMERIC.contains(type);
  }

  /**
   * Whether a type is integral (primitive or boxed).
   *
   * @param type a type name, may be null
   * @return whether it is integral
   */
  public static boolean isIntegral(String type) {
    return isNumeric(type) && !type.equalsIgnoreCase("double") && !type.equalsIgnoreCase("float");
  }

  /**
   * Default values of a type for a made-up return, most neutral first; empty string for void.
   *
   * @param type the method's return type
   * @return values
   */
  public static List<String> defaults(String type) {
    switch (type) {
      case "void":
        return List.of("");
      case "boolean":
      case "Boolean":
        return List.of("false", "true");
      case "int":
      case "long":
      case "short":
      case "byte":
        return List.of("0", "-1");
      case "double":
      case "float":
        return List.of("0");
      case "char":
        return List.of("'\\0'");
      case "String":
        return List.of("null", "\"\"");
      default:
        if (type.startsWith("List")) {
          return List.of("java.util.Collections.emptyList()", "null");
        }
        if (type.startsWith("Optional")) {
          return List.of("java.util.Optional.empty()");
        }
        return List.of("null");
    }
  }
}
