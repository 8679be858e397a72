package dev.gloam.model.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.model.json.ModelJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Checks that every schema of Discord's OpenAPI description has a gloam type, or is listed as an
 * intentional omission, or is counted as still pending.
 *
 * <p>Reads only files vendored under {@code src/test/resources/coverage/}: the description itself
 * ({@code discord-openapi.json}, MIT, see {@code LICENSE-discord-openapi.txt}) and the mapping
 * {@code schema-coverage.tsv}.
 */
class SchemaCoverageTest {
  /**
   * How many schemas may still be {@code pending}. It may only go down: lower it whenever a pending
   * schema gets a type, never raise it to make room for a new one.
   */
  private static final int MAX_PENDING = 0;

  /** The only reasons a schema may be left without a gloam type on purpose. */
  private static final Set<String> OMISSION_CATEGORIES =
      Set.of(
          "request body: setters of its gloam-http request (RequestShapeTest)",
          "HTTP error or query value: read or written by gloam-http",
          "primitive alias",
          "value set kept as a plain number or string",
          "not in the API docs",
          "GitHub-compatible webhook input, not a Discord object");

  private static final String PREFIX = "dev.gloam.model.";

  private static Set<String> schemas;
  private static List<Line> lines;

  /** One line of the mapping: schema name, then a type or a status with its detail. */
  private record Line(int number, String schema, List<String> columns) {
    String target() {
      return columns.get(0);
    }

    boolean omitted() {
      return target().equals("omitted");
    }

    boolean pending() {
      return target().equals("pending");
    }

    boolean mapped() {
      return !omitted() && !pending();
    }

    @Override
    public String toString() {
      return "line " + number + ": " + schema + " " + columns;
    }
  }

  @BeforeAll
  static void load() {
    JsonNode spec = ModelJson.mapper().readTree(read("discord-openapi.json"));
    schemas = new TreeSet<>(spec.path("components").path("schemas").propertyNames());
    lines = new ArrayList<>();
    String[] raw = new String(read("schema-coverage.tsv"), StandardCharsets.UTF_8).split("\n", -1);
    for (int i = 0; i < raw.length; i++) {
      String text = raw[i].strip();
      if (text.isEmpty() || text.startsWith("#")) {
        continue;
      }
      String[] cells = raw[i].split("\t", -1);
      lines.add(new Line(i + 1, cells[0], List.of(cells).subList(1, cells.length)));
    }
  }

  private static byte[] read(String name) {
    try (InputStream in = SchemaCoverageTest.class.getResourceAsStream("/coverage/" + name)) {
      assertThat(in).as("test resource coverage/%s", name).isNotNull();
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void theVendoredDescriptionHasSchemas() {
    assertThat(schemas).as("components.schemas of discord-openapi.json").hasSizeGreaterThan(500);
  }

  @Test
  void everyLineIsWellFormed() {
    List<Line> malformed =
        lines.stream()
            .filter(
                line ->
                    line.columns().isEmpty()
                        || line.columns().stream().anyMatch(String::isBlank)
                        || (line.mapped()
                            ? line.columns().size() != 1
                            : line.columns().size() != 2))
            .toList();
    assertThat(malformed)
        .as(
            "lines must be 'schema<TAB>type', 'schema<TAB>omitted<TAB>reason' or"
                + " 'schema<TAB>pending<TAB>issue'")
        .isEmpty();
  }

  @Test
  void everySchemaHasExactlyOneLine() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    lines.forEach(line -> counts.merge(line.schema(), 1, Integer::sum));
    Set<String> missing = new TreeSet<>(schemas);
    missing.removeAll(counts.keySet());
    assertThat(missing)
        .as("schemas of discord-openapi.json with no line in schema-coverage.tsv")
        .isEmpty();
    assertThat(counts.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey))
        .as("schemas with more than one line in schema-coverage.tsv")
        .isEmpty();
  }

  @Test
  void everyLineNamesAnExistingSchema() {
    assertThat(lines.stream().filter(line -> !schemas.contains(line.schema())))
        .as("lines naming a schema that discord-openapi.json does not have")
        .isEmpty();
  }

  @Test
  void everyMappedTypeExists() {
    List<String> unloadable = new ArrayList<>();
    for (Line line : lines) {
      if (!line.mapped()) {
        continue;
      }
      if (!line.target().startsWith(PREFIX) || load(line.target()) == null) {
        unloadable.add(line.schema() + " -> " + line.target());
      }
    }
    assertThat(unloadable).as("mapped gloam types that cannot be loaded").isEmpty();
  }

  @Test
  void omissionsUseOnlyTheAllowedCategories() {
    Set<String> unknown = new LinkedHashSet<>();
    lines.stream()
        .filter(Line::omitted)
        .filter(line -> !OMISSION_CATEGORIES.contains(line.columns().get(1)))
        .forEach(line -> unknown.add(line.schema() + ": " + line.columns().get(1)));
    assertThat(unknown)
        .as("omissions whose reason is not one of %s", OMISSION_CATEGORIES)
        .isEmpty();
  }

  @Test
  void pendingSchemasOnlyGoDown() {
    List<String> pending =
        lines.stream()
            .filter(Line::pending)
            .map(line -> line.schema() + " (" + line.columns().get(1) + ")")
            .toList();
    assertThat(pending)
        .as(
            "schemas still pending (the cap MAX_PENDING = %d may only go down; model these"
                + " instead of raising it)",
            MAX_PENDING)
        .hasSizeLessThanOrEqualTo(MAX_PENDING);
  }

  /**
   * Loads a class by its source name, trying nested types too ({@code a.b.Outer.Inner} is the
   * binary name {@code a.b.Outer$Inner}); returns null if there is none.
   */
  private static Class<?> load(String name) {
    String candidate = name;
    while (true) {
      try {
        return Class.forName(candidate, false, SchemaCoverageTest.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        int dot = candidate.lastIndexOf('.');
        if (dot < PREFIX.length()) {
          return null;
        }
        candidate = candidate.substring(0, dot) + '$' + candidate.substring(dot + 1);
      }
    }
  }
}
