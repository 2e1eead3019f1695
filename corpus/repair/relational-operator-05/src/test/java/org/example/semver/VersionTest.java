package org.example.semver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class VersionTest {

  @Test
  void parsesAndPrints() {
    assertEquals("1.10.3", Version.parse(" 1.10.3 ").toString());
  }

  @Test
  void ordersByMinorThenPatch() {
    assertTrue(Version.parse("1.2.3").compareTo(Version.parse("1.10.0")) < 0);
    assertTrue(Version.parse("1.2.4").compareTo(Version.parse("1.2.3")) > 0);
  }

  @Test
  void majorVersionDominates() {
    assertTrue(Version.parse("2.0.0").compareTo(Version.parse("1.9.9")) > 0);
  }

  @Test
  void equalVersionsCompareEqual() {
    assertEquals(0, Version.parse("3.1.4").compareTo(new Version(3, 1, 4)));
  }

  @Test
  void sortsReleases() {
    List<Version> l = new ArrayList<>();
    for (String s : List.of("1.10.0", "0.9.1", "1.2.0", "2.0.0", "1.2.10")) {
      l.add(Version.parse(s));
    }
    Collections.sort(l);
    assertEquals("[0.9.1, 1.2.0, 1.2.10, 1.10.0, 2.0.0]", l.toString());
  }

  @Test
  void satisfiesRequiresSameMajor() {
    assertFalse(Version.parse("2.1.0").satisfies(Version.parse("1.0.0")));
    assertTrue(Version.parse("1.3.0").satisfies(Version.parse("1.3.0")));
  }
}
