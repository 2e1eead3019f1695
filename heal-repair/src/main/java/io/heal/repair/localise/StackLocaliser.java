package io.heal.repair.localise;

import io.heal.repair.classify.Classification;
import io.heal.repair.classify.Frame;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks the stack frames that lie in the project's main sources: the frame nearest the throw first,
 * scores falling with depth. Stateless.
 */
public final class StackLocaliser {

  /**
   * Ranks frames of all failing tests.
   *
   * @param failures the classified failures
   * @param mainSources the project's {@code src/main/java}
   * @return locations, most suspicious first
   */
  public List<Location> locate(List<Classification> failures, Path mainSources) {
    Map<String, Location> best = new LinkedHashMap<>();
    for (Classification c : failures) {
      int rank = 0;
      for (Frame f : c.frames()) {
        if (f.line() <= 0 || !Files.exists(mainSources.resolve(f.sourcePath()))) {
          continue;
        }
        double score = Math.max(0.1, 1.0 - 0.1 * rank++);
        String key = f.sourcePath() + ":" + f.line();
        Location old = best.get(key);
        if (old == null || old.score() < score) {
          best.put(key, new Location(f.sourcePath(), f.line(), score, "stack"));
        }
      }
    }
    List<Location> ranked = new ArrayList<>(best.values());
    ranked.sort((a, b) -> Double.compare(b.score(), a.score()));
    return ranked;
  }
}
