package dev.gloam.model.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.model.json.ModelJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Loads this family's fixtures and checks round trips. */
public final class Payloads {
  private Payloads() {}

  /** Reads a fixture under {@code payloads/application/}. */
  public static String load(String name) {
    try (InputStream in = Payloads.class.getResourceAsStream("/payloads/application/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses JSON text as a tree. */
  public static JsonNode tree(String json) {
    return ModelJson.mapper().readTree(json);
  }

  /** Reads, writes and reads again; both reads must be equal. Returns the first read. */
  public static <T> T roundTrip(String json, Class<T> type) {
    T first = ModelJson.read(json, type);
    String written = ModelJson.write(first);
    T second = ModelJson.read(written, type);
    assertThat(second).isEqualTo(first);
    if (!type.isArray()) {
      assertThat(second.hashCode()).isEqualTo(first.hashCode());
    }
    return first;
  }

  /** Asserts that reading then writing {@code json} gives the same JSON, minus ignored keys. */
  public static <T> T assertWireKept(String json, Class<T> type, String... ignoredTopLevelKeys) {
    T value = roundTrip(json, type);
    JsonNode expected = tree(json);
    if (expected instanceof ObjectNode object) {
      for (String key : ignoredTopLevelKeys) {
        object.remove(key);
      }
    }
    assertThat(tree(ModelJson.write(value))).isEqualTo(expected);
    return value;
  }
}
