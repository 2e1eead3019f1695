package io.heal.repair.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import io.heal.repair.classify.Classification;
import io.heal.repair.localise.Location;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Writes the report as JSON and Markdown, and makes unified diffs. Stateless. */
public final class ReportWriter {

  private final ObjectMapper json =
      new ObjectMapper().findAndRegisterModules().enable(SerializationFeature.INDENT_OUTPUT);

  /**
   * A unified diff (git style, {@code a/} and {@code b/} prefixes) of one file.
   *
   * @param path the file's path relative to the project
   * @param before the old text, or null for a new file
   * @param after the new text
   * @return the diff text
   */
  public static String diff(String path, String before, String after) {
    List<String> a = before == null ? List.of() : lines(before);
    List<String> b = lines(after);
    List<String> lines =
        UnifiedDiffUtils.generateUnifiedDiff(
            before == null ? "/dev/null" : "a/" + path, "b/" + path, a, DiffUtils.diff(a, b), 3);
    return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
  }

  /** The lines of a text; a final newline ends the last line rather than starting an empty one. */
  private static List<String> lines(String text) {
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    return lines;
  }

  /**
   * Writes {@code heal-report.json} and {@code heal-report.md}.
   *
   * @param report the report
   * @param dir the output directory
   * @throws IOException when a file cannot be written
   */
  public void write(RepairReport report, Path dir) throws IOException {
    Files.createDirectories(dir);
    json.writeValue(dir.resolve("heal-report.json").toFile(), report);
    Files.writeString(dir.resolve("heal-report.md"), markdown(report));
  }

  /**
   * Renders the readable summary.
   *
   * @param r the report
   * @return Markdown text
   */
  public String markdown(RepairReport r) {
    StringBuilder md = new StringBuilder("# Heal incident report\n\n");
    md.append("- Project: `").append(r.project()).append("`\n");
    md.append("- Status: **").append(r.status()).append("** — ").append(r.message()).append('\n');
    md.append("- Time: ").append(String.format("%.1f s", r.totalMillis() / 1000.0)).append(" (");
    List<String> phases = new ArrayList<>();
    r.timingsMillis().forEach((k, v) -> phases.add(k + " " + String.format("%.1f s", v / 1000.0)));
    md.append(String.join(", ", phases)).append(")\n\n");
    if (!r.compileErrors().isEmpty()) {
      md.append("## Compile errors\n\n");
      r.compileErrors().forEach(e -> md.append("- `").append(e).append("`\n"));
      md.append('\n');
    }
    if (!r.failures().isEmpty()) {
      md.append("## Failing tests\n\n| test | class | symptom |\n|---|---|---|\n");
      for (Classification c : r.failures()) {
        md.append("| `")
            .append(c.test())
            .append("` | ")
            .append(c.failureClass())
            .append(" | ")
            .append(c.symptom().replace("|", "\\|"))
            .append(" |\n");
      }
      md.append("\nPrimary failure class: **").append(r.primary()).append("**\n\n");
    }
    if (!r.locations().isEmpty()) {
      md.append(
          "## Suspicious locations\n\n| rank | line | score | found by |\n|---|---|---|---|\n");
      int rank = 1;
      for (Location l : r.locations()) {
        md.append("| ")
            .append(rank++)
            .append(" | `")
            .append(l.file())
            .append(':')
            .append(l.line())
            .append("` | ")
            .append(String.format("%.2f", l.score()))
            .append(" | ")
            .append(l.why())
            .append(" |\n");
      }
      md.append('\n');
    }
    md.append("## Candidates\n\n")
        .append(r.candidatesTried())
        .append(" tried of ")
        .append(r.candidatesGenerated())
        .append(" generated.\n\n");
    if (r.patch() != null) {
      Patch p = r.patch();
      md.append("## Patch\n\n- Template: `")
          .append(p.template())
          .append("` (")
          .append(p.generator())
          .append(")\n- Edit: ")
          .append(p.description())
          .append(" at `")
          .append(p.file())
          .append(':')
          .append(p.line())
          .append("`\n- Risk: **")
          .append(p.risk())
          .append("/3** — ")
          .append(String.join("; ", p.riskReasons()))
          .append("\n\n```diff\n")
          .append(p.diff())
          .append("```\n\n");
    }
    if (r.underSpecified()) {
      md.append(
          "> Several different patches pass: the tests under-specify the bug. Review the alternatives.\n\n");
    }
    if (!r.alternatives().isEmpty()) {
      md.append("## Alternatives that also pass\n\n");
      for (Patch p : r.alternatives()) {
        md.append("- `")
            .append(p.template())
            .append("`: ")
            .append(p.description())
            .append(" (risk ")
            .append(p.risk())
            .append(")\n");
      }
      md.append('\n');
    }
    if (!r.rejectedByGates().isEmpty()) {
      md.append("## Passing candidates rejected by the gates\n\n");
      for (CandidateOutcome c : r.rejectedByGates()) {
        md.append("- `")
            .append(c.template())
            .append("`: ")
            .append(c.description())
            .append(" — ")
            .append(c.outcome())
            .append('\n');
      }
      md.append('\n');
    }
    if (r.regressionTest() != null) {
      RegressionTest t = r.regressionTest();
      md.append("## Regression test\n\n`")
          .append(t.path())
          .append("` — fails before the patch: ")
          .append(t.failsBefore() ? "yes" : "NOT SEEN")
          .append("; passes after: ")
          .append(t.passesAfter() ? "yes" : "NO")
          .append("\n\n");
    }
    md.append(
        r.applied()
            ? "The patch and the regression test were applied to the working tree.\n"
            : "The project was left untouched (use --apply to write the patch and the test).\n");
    return md.toString();
  }
}
