package io.github.fileutil;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FileNamesTest {

  @Test
  void extensionOfSimpleName() {
    assertEquals("pdf", FileNames.extension("report.pdf"));
  }

  @Test
  void extensionIsLastSuffix() {
    assertEquals("gz", FileNames.extension("/var/backups/site.tar.gz"));
  }

  @Test
  void namesWithoutExtension() {
    assertEquals("", FileNames.extension("Makefile"));
    assertEquals("", FileNames.extension("/home/ann/.bashrc"));
    assertEquals("", FileNames.extension("/etc.d/hosts"));
  }

  @Test
  void baseNames() {
    assertEquals("site.tar", FileNames.baseName("/var/backups/site.tar.gz"));
    assertEquals(".bashrc", FileNames.baseName("/home/ann/.bashrc"));
  }
}
