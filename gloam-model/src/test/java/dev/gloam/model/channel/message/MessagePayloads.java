package dev.gloam.model.channel.message;

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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Fixtures and JSON comparisons shared by the message family's tests. */
public final class MessagePayloads {
  /** The extra field the fixtures carry to prove that unknown fields are ignored. */
  public static final String UNKNOWN_FIELD = "x_unknown_future_field";

  private MessagePayloads() {}

  /**
   * Loads a fixture from {@code payloads/message/}.
   *
   * @param name the file name
   * @return the JSON text
   */
  public static String load(String name) {
    try (InputStream in = MessagePayloads.class.getResourceAsStream("/payloads/message/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads, writes and reads again, asserting that both reads are equal.
   *
   * @param json the JSON
   * @param type the model type
   * @param <T> the model type
   * @return the first read
   */
  public static <T> T roundTrip(String json, Class<T> type) {
    T first = ModelJson.read(json, type);
    String written = ModelJson.write(first);
    T second = ModelJson.read(written, type);
    assertThat(second).isEqualTo(first);
    return first;
  }

  /**
   * Parses JSON text as a tree.
   *
   * @param json the JSON
   * @return the tree
   */
  public static JsonNode tree(String json) {
    return ModelJson.mapper().readTree(json);
  }

  /**
   * Asserts that writing the value gives back the original JSON, up to timestamp formatting, the
   * unknown test field and the given fields gloam does not model yet.
   *
   * @param original the JSON the value was read from
   * @param value the value
   * @param unmodelled field names to ignore on both sides
   */
  public static void assertWritesBack(String original, Object value, String... unmodelled) {
    Set<String> ignored = new java.util.HashSet<>(Set.of(unmodelled));
    ignored.add(UNKNOWN_FIELD);
    JsonNode expected = normalize(tree(original), ignored);
    JsonNode actual = normalize(tree(ModelJson.write(value)), ignored);
    assertThat(actual).isEqualTo(expected);
  }

  private static JsonNode normalize(JsonNode node, Set<String> ignored) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    if (node.isObject()) {
      ObjectNode copy = nodes.objectNode();
      for (Map.Entry<String, JsonNode> entry : node.properties()) {
        if (!ignored.contains(entry.getKey())) {
          copy.set(entry.getKey(), normalize(entry.getValue(), ignored));
        }
      }
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = nodes.arrayNode();
      node.forEach(item -> copy.add(normalize(item, ignored)));
      return copy;
    }
    if (node.isString()) {
      try {
        return nodes.stringNode(OffsetDateTime.parse(node.asString()).toInstant().toString());
      } catch (DateTimeParseException e) {
        return node;
      }
    }
    return node;
  }
}
