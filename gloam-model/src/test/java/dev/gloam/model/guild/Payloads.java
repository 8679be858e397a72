package dev.gloam.model.guild;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.model.json.ModelJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Fixtures of the guild family and the round-trip assertions its tests share. */
public final class Payloads {
  private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT.*");

  private Payloads() {}

  /** Reads a fixture under {@code payloads/guild/}. */
  public static String text(String name) {
    try (InputStream in = Payloads.class.getResourceAsStream("/payloads/guild/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses JSON text to a tree. */
  public static JsonNode tree(String json) {
    return ModelJson.mapper().readTree(json);
  }

  /**
   * Reads a value, writes it, reads it again, and checks that both reads are equal.
   *
   * @return the first read
   */
  public static <T> T roundTrip(String json, Class<T> type) {
    T first = ModelJson.read(json, type);
    T second = ModelJson.read(ModelJson.write(first), type);
    assertThat(second).isEqualTo(first);
    return first;
  }

  /**
   * Checks that a value is written back as the JSON it was read from, up to timestamp notation
   * (Discord writes {@code +00:00}, gloam {@code Z}) and leaving out the given top-level keys.
   */
  public static void assertWrittenAsRead(String json, Object value, Set<String> ignoredKeys) {
    JsonNode expected = normalize(tree(json));
    JsonNode actual = normalize(tree(ModelJson.write(value)));
    if (expected instanceof ObjectNode object) {
      ignoredKeys.forEach(object::remove);
    }
    if (actual instanceof ObjectNode object) {
      ignoredKeys.forEach(object::remove);
    }
    assertThat(actual).isEqualTo(expected);
  }

  /** Checks that a value is written back exactly as the JSON it was read from. */
  public static void assertWrittenAsRead(String json, Object value) {
    assertWrittenAsRead(json, value, Set.of());
  }

  private static JsonNode normalize(JsonNode node) {
    if (node instanceof ObjectNode object) {
      ObjectNode copy = JsonNodeFactory.instance.objectNode();
      for (Map.Entry<String, JsonNode> entry : object.properties()) {
        copy.set(entry.getKey(), normalize(entry.getValue()));
      }
      return copy;
    }
    if (node instanceof ArrayNode array) {
      ArrayNode copy = JsonNodeFactory.instance.arrayNode();
      array.forEach(element -> copy.add(normalize(element)));
      return copy;
    }
    if (node.isString() && TIMESTAMP.matcher(node.asString()).matches()) {
      try {
        return JsonNodeFactory.instance.stringNode(
            OffsetDateTime.parse(node.asString()).toInstant().toString());
      } catch (DateTimeParseException e) {
        return node;
      }
    }
    return node;
  }
}
