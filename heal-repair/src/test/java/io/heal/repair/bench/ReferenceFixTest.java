package io.heal.repair.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferenceFixTest {

  @TempDir Path dir;

  @Test
  void appliesAGitStyleDiffInMemoryAndComparesTreesIgnoringFormatting() throws Exception {
    Path file = dir.resolve("src/main/java/a/A.java");
    Files.createDirectories(file.getParent());
    Files.writeString(
        file, "package a;\n\nclass A {\n  int f(int x) {\n    return x + 1;\n  }\n}\n");
    Files.writeString(
        dir.resolve("fix.diff"),
        """
        --- a/src/main/java/a/A.java
        +++ b/src/main/java/a/A.java
        @@ -2,5 +2,5 @@

         class A {
           int f(int x) {
        -    return x + 1;
        +    return x - 1;
           }
        """);

    Map<String, String> fixed = ReferenceFix.apply(dir, dir.resolve("fix.diff"));

    assertThat(fixed).containsOnlyKeys("src/main/java/a/A.java");
    assertThat(fixed.get("src/main/java/a/A.java")).contains("return x - 1;");
    assertThat(
            ReferenceFix.sameTree(
                fixed.get("src/main/java/a/A.java"),
                "package a; class A { /* c */ int f(int x) { return x - 1; } }"))
        .isTrue();
    assertThat(
            ReferenceFix.sameTree(
                fixed.get("src/main/java/a/A.java"),
                "package a; class A { int f(int x) { return 1 - x; } }"))
        .isFalse();
  }

  @Test
  void appliesAHunkWhoseLastContextLineIsBlank() throws Exception {
    Path file = dir.resolve("src/main/java/a/A.java");
    Files.createDirectories(file.getParent());
    Files.writeString(
        file,
        "package a;\n\nclass A {\n  int f() {\n    return 1;\n  }\n\n  int g() {\n    return 2;\n  }\n}\n");
    String diff =
        "--- a/src/main/java/a/A.java\n+++ b/src/main/java/a/A.java\n@@ -4,4 +4,5 @@\n"
            + "   int f() {\n+    f();\n     return 1;\n   }\n \n";

    Map<String, String> fixed = ReferenceFix.applyText(dir, diff);

    assertThat(fixed.get("src/main/java/a/A.java")).contains("    f();\n    return 1;");
  }
}
