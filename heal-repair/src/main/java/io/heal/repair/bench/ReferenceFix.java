package io.heal.repair.bench;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.PatchFailedException;
import com.github.difflib.unifieddiff.UnifiedDiff;
import com.github.difflib.unifieddiff.UnifiedDiffFile;
import com.github.difflib.unifieddiff.UnifiedDiffReader;
import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.comments.Comment;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Applies a reference {@code fix.diff} in memory and compares patched files by syntax tree. */
public final class ReferenceFix {

  private ReferenceFix() {}

  /**
   * The files a unified diff changes, with their text after the diff.
   *
   * @param program the program directory the diff applies to
   * @param diff the diff file
   * @return new text by path relative to the program
   * @throws IOException when the diff cannot be read or does not apply
   */
  public static Map<String, String> apply(Path program, Path diff) throws IOException {
    return applyText(program, Files.readString(diff));
  }

  /**
   * Like {@link #apply(Path, Path)} for diff text.
   *
   * @param program the program directory the diff applies to
   * @param diffText the diff
   * @return new text by path relative to the program
   * @throws IOException when the diff does not apply
   */
  public static Map<String, String> applyText(Path program, String diffText) throws IOException {
    String diff = "text";
    Map<String, String> out = new LinkedHashMap<>();
    UnifiedDiff parsed;
    // Editors strip the single space of an empty context line; put it back. The newline that
    // ends the diff does not start another line.
    List<String> rows = new java.util.ArrayList<>(Arrays.asList(diffText.split("\n", -1)));
    while (!rows.isEmpty() && rows.get(rows.size() - 1).isEmpty()) {
      rows.remove(rows.size() - 1);
    }
    StringBuilder fixedText = new StringBuilder();
    boolean inHunk = false;
    for (String line : rows) {
      if (line.startsWith("@@")) {
        inHunk = true;
      } else if (line.startsWith("--- ") || line.startsWith("diff ")) {
        inHunk = false;
      }
      fixedText.append(inHunk && line.isEmpty() ? " " : line).append('\n');
    }
    try (InputStream in =
        new java.io.ByteArrayInputStream(
            fixedText.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
      parsed = UnifiedDiffReader.parseUnifiedDiff(in);
    }
    for (UnifiedDiffFile f : parsed.getFiles()) {
      String path = strip(f.getToFile() != null ? f.getToFile() : f.getFromFile());
      Path file = program.resolve(path);
      List<String> before =
          Files.exists(file) ? Arrays.asList(Files.readString(file).split("\n", -1)) : List.of();
      try {
        List<String> after = DiffUtils.patch(before, f.getPatch());
        boolean changes =
            diffText
                .lines()
                .anyMatch(
                    l ->
                        (l.startsWith("+") && !l.startsWith("+++"))
                            || (l.startsWith("-") && !l.startsWith("---")));
        if (changes && after.equals(before)) {
          throw new IOException("diff " + diff + ": changed nothing in " + path);
        }
        out.put(path, String.join("\n", after));
      } catch (PatchFailedException e) {
        throw new IOException(
            "fix.diff " + diff + ": does not apply to " + path + ": " + e.getMessage(), e);
      }
    }
    return out;
  }

  private static String strip(String name) {
    String n = name.trim();
    int tab = n.indexOf('\t');
    if (tab > 0) {
      n = n.substring(0, tab);
    }
    return n.startsWith("a/") || n.startsWith("b/") ? n.substring(2) : n;
  }

  /**
   * Whether two Java sources have the same syntax tree, ignoring comments and formatting.
   *
   * @param a one source
   * @param b the other
   * @return whether they are equal
   */
  public static boolean sameTree(String a, String b) {
    String na = normal(a);
    return na != null && na.equals(normal(b));
  }

  private static String normal(String source) {
    CompilationUnit cu =
        new JavaParser(
                new ParserConfiguration()
                    .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17))
            .parse(source)
            .getResult()
            .orElse(null);
    if (cu == null) {
      return null;
    }
    for (Comment c : cu.getAllContainedComments()) {
      c.remove();
    }
    cu.getComment().ifPresent(Comment::remove);
    return cu.toString();
  }
}
