package org.example.calc;

import java.util.ArrayList;
import java.util.List;

/** Splits arithmetic expressions such as {@code "2 * (x + 3.5)"} into tokens. */
public final class Tokenizer {

  /** Token kinds. */
  public enum Kind {
    NUMBER,
    IDENT,
    OPERATOR,
    LPAREN,
    RPAREN
  }

  /** One token and its source text. */
  public record Token(Kind kind, String text) {}

  private Tokenizer() {}

  public static List<Token> tokenize(String input) {
    List<Token> out = new ArrayList<>();
    int pos = 0;
    int len = input.length();
    while (pos < len) {
      char c = input.charAt(pos);
      if (Character.isWhitespace(c)) {
        continue;
      }
      int start = pos;
      if (Character.isDigit(c)) {
        while (pos < len && (Character.isDigit(input.charAt(pos)) || input.charAt(pos) == '.')) {
          pos++;
        }
        out.add(new Token(Kind.NUMBER, input.substring(start, pos)));
      } else if (Character.isLetter(c)) {
        while (pos < len && Character.isLetterOrDigit(input.charAt(pos))) {
          pos++;
        }
        out.add(new Token(Kind.IDENT, input.substring(start, pos)));
      } else if (c == '(' || c == ')') {
        out.add(new Token(c == '(' ? Kind.LPAREN : Kind.RPAREN, String.valueOf(c)));
        pos++;
      } else if ("+-*/^".indexOf(c) >= 0) {
        out.add(new Token(Kind.OPERATOR, String.valueOf(c)));
        pos++;
      } else {
        throw new IllegalArgumentException("unexpected '" + c + "' at position " + pos);
      }
    }
    return out;
  }
}
