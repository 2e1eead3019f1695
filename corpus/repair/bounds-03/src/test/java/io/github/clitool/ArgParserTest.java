package io.github.clitool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArgParserTest {

  @Test
  void parsesOptionsAndFiles() {
    ArgParser.Options o = ArgParser.parse("-v", "-v", "--output", "x.bin", "-n", "a.txt", "b.txt");
    assertEquals("x.bin", o.output());
    assertEquals(2, o.verbosity());
    assertTrue(o.dryRun());
    assertEquals(List.of("a.txt", "b.txt"), o.files());
  }

  @Test
  void usesDefaults() {
    ArgParser.Options o = ArgParser.parse("in.txt");
    assertEquals("out.txt", o.output());
    assertEquals(5, o.level());
  }

  @Test
  void outputWithoutValueIsUsageError() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ArgParser.parse("in.txt", "--output"));
    assertTrue(e.getMessage().contains("--output"), e.getMessage());
  }

  @Test
  void levelWithoutValueIsUsageError() {
    assertThrows(IllegalArgumentException.class, () -> ArgParser.parse("in.txt", "-l"));
  }

  @Test
  void rejectsUnknownOption() {
    assertThrows(IllegalArgumentException.class, () -> ArgParser.parse("--fast", "in.txt"));
  }
}
