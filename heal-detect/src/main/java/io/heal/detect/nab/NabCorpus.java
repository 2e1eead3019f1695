package io.heal.detect.nab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A NAB-layout folder: {@code data/<category>/<file>.csv}, {@code labels/combined_windows.json} and
 * {@code config/profiles.json}.
 *
 * @param files every data file with its windows, sorted by key
 * @param profiles the cost profiles, in the order of the profiles file
 */
public record NabCorpus(List<NabFile> files, List<NabProfile> profiles) {

  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  /** The length of {@code YYYY-MM-DD HH:MM:SS}; label timestamps add a fraction after it. */
  private static final int TIMESTAMP_LENGTH = 19;

  public NabCorpus {
    files = List.copyOf(files);
    profiles = List.copyOf(profiles);
  }

  /**
   * Reads a NAB-layout folder.
   *
   * @throws IllegalArgumentException when a file is missing or malformed, naming it
   * @throws UncheckedIOException when a file cannot be read
   */
  public static NabCorpus load(Path root) {
    ObjectMapper json = new ObjectMapper();
    try {
      JsonNode labels = json.readTree(root.resolve("labels/combined_windows.json").toFile());
      JsonNode profilesNode = json.readTree(root.resolve("config/profiles.json").toFile());
      List<NabFile> files = new ArrayList<>();
      for (Path csv : dataFiles(root.resolve("data"))) {
        String category = csv.getParent().getFileName().toString();
        String name = csv.getFileName().toString().replaceFirst("\\.csv$", "");
        String key = category + "/" + name + ".csv";
        JsonNode windows = labels.get(key);
        if (windows == null) {
          throw new IllegalArgumentException(
              "labels/combined_windows.json: has no entry for data file '" + key + "'");
        }
        files.add(readFile(csv, category, name, windows));
      }
      files.sort((a, b) -> a.key().compareTo(b.key()));
      return new NabCorpus(files, readProfiles(profilesNode));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read NAB folder " + root, e);
    }
  }

  /** The total number of labelled windows. */
  public int windowCount() {
    return files.stream().mapToInt(f -> f.windows().size()).sum();
  }

  private static List<Path> dataFiles(Path data) throws IOException {
    if (!Files.isDirectory(data)) {
      throw new IllegalArgumentException(
          "data: must be a folder of category folders, found " + data);
    }
    try (Stream<Path> walk = Files.walk(data, 2)) {
      return walk.filter(p -> p.getFileName().toString().endsWith(".csv"))
          .filter(p -> !p.getParent().equals(data))
          .sorted()
          .toList();
    }
  }

  private static NabFile readFile(Path csv, String category, String name, JsonNode windowsNode)
      throws IOException {
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    if (lines.isEmpty() || !lines.get(0).trim().equals("timestamp,value")) {
      throw new IllegalArgumentException(csv + ": header must be 'timestamp,value'");
    }
    int n = lines.size() - 1;
    while (n > 0 && lines.get(n).isBlank()) {
      n--;
    }
    List<String> timestamps = new ArrayList<>(n);
    long[] times = new long[n];
    double[] values = new double[n];
    Map<String, Integer> firstRow = new HashMap<>();
    for (int i = 0; i < n; i++) {
      String line = lines.get(i + 1);
      int comma = line.indexOf(',');
      if (comma < 0) {
        throw new IllegalArgumentException(csv + ":" + (i + 2) + ": expected 'timestamp,value'");
      }
      String ts = line.substring(0, comma).trim();
      timestamps.add(ts);
      times[i] = LocalDateTime.parse(ts, TIMESTAMP).toInstant(ZoneOffset.UTC).toEpochMilli();
      values[i] = Double.parseDouble(line.substring(comma + 1).trim());
      firstRow.putIfAbsent(ts, i);
    }
    List<NabWindow> windows = new ArrayList<>();
    for (Iterator<JsonNode> it = windowsNode.elements(); it.hasNext(); ) {
      JsonNode w = it.next();
      windows.add(
          new NabWindow(
              row(firstRow, w.get(0).asText(), csv), row(firstRow, w.get(1).asText(), csv)));
    }
    windows.sort((a, b) -> Integer.compare(a.startRow(), b.startRow()));
    return new NabFile(category, name, timestamps, times, values, windows);
  }

  private static int row(Map<String, Integer> firstRow, String labelTimestamp, Path csv) {
    String ts =
        labelTimestamp.length() > TIMESTAMP_LENGTH
            ? labelTimestamp.substring(0, TIMESTAMP_LENGTH)
            : labelTimestamp;
    Integer row = firstRow.get(ts);
    if (row == null) {
      throw new IllegalArgumentException(
          "labels: window bound '" + labelTimestamp + "' matches no row of " + csv);
    }
    return row;
  }

  private static List<NabProfile> readProfiles(JsonNode node) {
    List<NabProfile> profiles = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode cost = e.getValue().get("CostMatrix");
      if (cost == null) {
        throw new IllegalArgumentException(
            "config/profiles.json: profile '" + e.getKey() + "' has no CostMatrix");
      }
      profiles.add(
          new NabProfile(
              e.getKey(),
              cost.path("tpWeight").asDouble(Double.NaN),
              cost.path("fpWeight").asDouble(Double.NaN),
              cost.path("fnWeight").asDouble(Double.NaN)));
    }
    return profiles;
  }
}
