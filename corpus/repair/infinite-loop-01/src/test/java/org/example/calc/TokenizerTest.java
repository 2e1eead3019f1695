package org.example.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class TokenizerTest {

  private static String texts(String input) {
    return Tokenizer.tokenize(input).stream().map(Tokenizer.Token::text).collect(Collectors.joining("|"));
  }

  @Test
  @Timeout(value = 2, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void tokenizesCompactExpression() {
    assertEquals("2|*|(|x|+|3.5|)", texts("2*(x+3.5)"));
  }

  @Test
  @Timeout(value = 2, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void classifiesTokens() {
    List<Tokenizer.Token> t = Tokenizer.tokenize("rate^2");
    assertEquals(Tokenizer.Kind.IDENT, t.get(0).kind());
    assertEquals(Tokenizer.Kind.OPERATOR, t.get(1).kind());
    assertEquals(Tokenizer.Kind.NUMBER, t.get(2).kind());
  }

  @Test
  @Timeout(value = 2, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void ignoresSpacesBetweenTokens() {
    assertEquals("2|*|(|x|+|3.5|)", texts("2 * (x + 3.5)"));
  }

  @Test
  @Timeout(value = 2, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void leadingAndTrailingSpaces() {
    assertEquals("a", texts("  a\t"));
  }

  @Test
  @Timeout(value = 2, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void rejectsUnknownCharacters() {
    assertThrows(IllegalArgumentException.class, () -> Tokenizer.tokenize("a%b"));
  }
}
