package io.heal.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoServicesTest {

  @TempDir Path dir;

  @Test
  void theSampleMapsTheClassArchiveBesideItsJar() throws IOException {
    Path jar = Files.createFile(dir.resolve("heal.jar"));
    Path archive = Files.createFile(dir.resolve(DemoServices.SAMPLE_ARCHIVE));

    assertThat(DemoServices.sampleJvmFlags(jar.toString()))
        .startsWith(DemoServices.DEFAULT_SAMPLE_JVM_FLAGS.toArray(String[]::new))
        .endsWith("-XX:SharedArchiveFile=" + archive);
  }

  @Test
  void withoutAnArchiveTheSampleStartsOnTheDefaultFlags() throws IOException {
    Path jar = Files.createFile(dir.resolve("heal.jar"));

    assertThat(DemoServices.sampleJvmFlags(jar.toString()))
        .isEqualTo(DemoServices.DEFAULT_SAMPLE_JVM_FLAGS);
  }

  @Test
  void aClassPathOfSeveralEntriesOrOfADirectoryGetsNoArchive() throws IOException {
    // the archive lies beside both the jar and the directory: only a lone jar may use it
    Path jar = Files.createFile(dir.resolve("heal.jar"));
    Files.createFile(dir.resolve(DemoServices.SAMPLE_ARCHIVE));
    Path classes = Files.createDirectory(dir.resolve("classes"));

    assertThat(DemoServices.sampleJvmFlags(jar + File.pathSeparator + classes))
        .isEqualTo(DemoServices.DEFAULT_SAMPLE_JVM_FLAGS);
    assertThat(DemoServices.sampleJvmFlags(classes.toString()))
        .isEqualTo(DemoServices.DEFAULT_SAMPLE_JVM_FLAGS);
  }
}
