package io.heal.cli.repair;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the sample service's sources and copies the calculator into a standalone Maven project. */
final class SampleCopy {

  static final String CALCULATOR = "heal-sample/src/main/java/io/heal/sample/Calculator.java";
  static final String CALCULATOR_TEST =
      "heal-sample/src/test/java/io/heal/sample/CalculatorTest.java";

  private SampleCopy() {}

  /** The repository root: given, else found from the working directory or Heal's jar. */
  static Path repositoryRoot(Path given) throws IOException {
    if (given != null) {
      return given;
    }
    Path cwd = Path.of("").toAbsolutePath();
    for (Path p = cwd; p != null; p = p.getParent()) {
      if (Files.exists(p.resolve(CALCULATOR))) {
        return p;
      }
    }
    try {
      Path jar =
          Path.of(SampleCopy.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      for (Path p = jar; p != null; p = p.getParent()) {
        if (Files.exists(p.resolve(CALCULATOR))) {
          return p;
        }
      }
    } catch (URISyntaxException | SecurityException e) {
      // fall through to the error below
    }
    throw new IOException(
        "sample: cannot find " + CALCULATOR + " from " + cwd + "; pass --repo DIR");
  }

  /** Copies the calculator and its test into {@code work} with a standalone pom. */
  static void copy(Path repo, Path work) throws IOException {
    Path main = work.resolve("src/main/java/io/heal/sample/Calculator.java");
    Path test = work.resolve("src/test/java/io/heal/sample/CalculatorTest.java");
    Files.createDirectories(main.getParent());
    Files.createDirectories(test.getParent());
    Files.copy(repo.resolve(CALCULATOR), main);
    Files.copy(repo.resolve(CALCULATOR_TEST), test);
    Files.writeString(work.resolve("pom.xml"), POM);
  }

  private static final String POM =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <project xmlns="http://maven.apache.org/POM/4.0.0"
               xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
               xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
        <modelVersion>4.0.0</modelVersion>
        <groupId>demo</groupId>
        <artifactId>heal-demo-calculator</artifactId>
        <version>1.0</version>
        <properties>
          <maven.compiler.release>17</maven.compiler.release>
          <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
        </properties>
        <dependencies>
          <dependency>
            <groupId>org.junit.jupiter</groupId>
            <artifactId>junit-jupiter</artifactId>
            <version>5.11.3</version>
            <scope>test</scope>
          </dependency>
          <dependency>
            <groupId>org.assertj</groupId>
            <artifactId>assertj-core</artifactId>
            <version>3.26.3</version>
            <scope>test</scope>
          </dependency>
        </dependencies>
        <build>
          <plugins>
            <plugin>
              <groupId>org.apache.maven.plugins</groupId>
              <artifactId>maven-compiler-plugin</artifactId>
              <version>3.13.0</version>
            </plugin>
            <plugin>
              <groupId>org.apache.maven.plugins</groupId>
              <artifactId>maven-surefire-plugin</artifactId>
              <version>3.5.2</version>
            </plugin>
          </plugins>
        </build>
      </project>
      """;
}
