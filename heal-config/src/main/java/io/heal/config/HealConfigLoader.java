package io.heal.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.jr.ob.JSON;
import io.heal.config.internal.ErrorCollector;
import io.heal.config.internal.raw.RawConfig;
import io.heal.config.internal.raw.RawConfigReader;
import io.heal.config.internal.spec.SpecBuilder;
import io.heal.core.spec.HealSpec;
import io.heal.core.spec.RepairSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Loads heal.yaml into one frozen {@link HealSpec}. Loading runs in stages: the YAML is parsed to a
 * tree; the tree is read into raw records, rejecting unknown keys and values of the wrong type; the
 * raw records are validated, defaults applied and relative paths resolved against the config file's
 * directory. Every problem of every stage is collected, so one {@link ConfigInvalidException} lists
 * them all. Thread-safe: stateless.
 */
public final class HealConfigLoader {

  /** The config file read when none is named: {@code heal.yaml} in the current directory. */
  public static final String DEFAULT_FILE = "heal.yaml";

  /** Where data goes when {@code data_dir} is not given, relative to the config file. */
  public static final String DEFAULT_DATA_DIR = "heal-data";

  /**
   * YAML to plain Java values (maps in the order written, lists, text, numbers, booleans, null)
   * with jackson-jr over Jackson's YAML parser: the daemon keeps every class it loads, and
   * jackson-databind would add about 4 MB to it.
   */
  private static final YAMLFactory FACTORY =
      YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private static final JSON YAML =
      JSON.builder(FACTORY)
          .enable(JSON.Feature.PRESERVE_FIELD_ORDERING)
          .disable(JSON.Feature.USE_DEFERRED_MAPS)
          .build();

  private HealConfigLoader() {}

  /**
   * Reads and validates the config file at {@code file}; relative paths in it are resolved against
   * its directory.
   *
   * @throws ConfigInvalidException listing every error, or saying why the file cannot be read
   */
  public static HealSpec load(Path file) {
    String yaml = read(file);
    return parse(yaml, file.toAbsolutePath().getParent());
  }

  /**
   * Reads only what {@code heal fix} needs from the config file at {@code file}: its {@code repair}
   * section. The file need not declare services, but every key in it must be known and well-typed.
   *
   * @throws ConfigInvalidException listing every error, or saying why the file cannot be read
   */
  public static RepairSpec loadRepair(Path file) {
    ErrorCollector errors = new ErrorCollector();
    Optional<RawConfig> raw = RawConfigReader.read(tree(read(file)), errors);
    if (raw.isEmpty()) {
      errors.throwIfAny();
    }
    RepairSpec spec = SpecBuilder.buildRepair(raw.get(), errors);
    errors.throwIfAny();
    return spec;
  }

  private static String read(Path file) {
    if (file == null) {
      throw new IllegalArgumentException("file must not be null");
    }
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw single("no such file: " + file);
    } catch (IOException e) {
      throw single("cannot read " + file + ": " + e);
    }
  }

  private static Object tree(String yaml) {
    try (JsonParser parser = FACTORY.createParser(yaml)) {
      // a file with no document (empty, or only comments) reads as no keys at all
      return parser.nextToken() == null ? null : YAML.anyFrom(parser);
    } catch (JsonProcessingException e) {
      throw single(syntaxMessage(e));
    } catch (IOException e) {
      throw single("not valid YAML: " + e.getMessage());
    }
  }

  /**
   * Validates {@code yaml}.
   *
   * @param baseDir the directory relative paths are resolved against, normally the config file's
   * @throws ConfigInvalidException listing every error
   */
  public static HealSpec parse(String yaml, Path baseDir) {
    if (yaml == null) {
      throw new IllegalArgumentException("yaml must not be null");
    }
    if (baseDir == null) {
      throw new IllegalArgumentException("baseDir must not be null");
    }
    ErrorCollector errors = new ErrorCollector();
    Optional<RawConfig> raw = RawConfigReader.read(tree(yaml), errors);
    if (raw.isEmpty()) {
      errors.throwIfAny();
    }
    HealSpec spec = SpecBuilder.build(raw.get(), baseDir, DEFAULT_DATA_DIR, errors);
    errors.throwIfAny();
    return spec;
  }

  private static String syntaxMessage(JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    String where =
        at == null || at.getLineNr() < 0
            ? ""
            : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    String reason = e.getOriginalMessage().lines().findFirst().orElse("").strip();
    return "not valid YAML" + where + ": " + reason;
  }

  private static ConfigInvalidException single(String message) {
    return new ConfigInvalidException(List.of(ConfigError.of("", message)));
  }
}
