package com.acme.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class VersionComparatorTest {

  private final VersionComparator cmp = VersionComparator.INSTANCE;

  @Test
  void ordersPatchVersions() {
    assertTrue(cmp.compare("1.2.3", "1.2.4") < 0);
    assertTrue(cmp.compare("1.2.4", "1.2.3") > 0);
  }

  @Test
  void twoDigitMinorIsNewer() {
    assertTrue(cmp.compare("1.10.0", "1.9.0") > 0);
  }

  @Test
  void majorOutranksLongerMinor() {
    assertTrue(cmp.compare("2.0", "1.10") > 0);
  }

  @Test
  void missingComponentsCountAsZero() {
    assertEquals(0, cmp.compare("1.2", "1.2.0"));
  }

  @Test
  void picksNewestVersion() {
    assertEquals("2.0", VersionComparator.newest(List.of("1.9.9", "1.10", "2.0", "0.99.1")));
  }

  @Test
  void rejectsNonNumericVersion() {
    assertThrows(IllegalArgumentException.class, () -> cmp.compare("1.x", "1.0"));
  }
}
