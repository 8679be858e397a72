package dev.gloam.testkit.internal.json;

import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The one JSON mapper of the testkit and a few helpers for building Discord-shaped trees. */
public final class Json {

  // Trailing garbage after a valid document is a malformed payload to Discord, so it is to us too.
  private static final JsonMapper MAPPER =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  private Json() {}

  /**
   * Returns a new empty object node.
   *
   * @return an empty object
   */
  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /**
   * Returns a new empty array node.
   *
   * @return an empty array
   */
  public static ArrayNode array() {
    return MAPPER.createArrayNode();
  }

  /**
   * Parses JSON text, treating anything that is not exactly one JSON value as malformed.
   *
   * @param text the text to parse
   * @return the parsed value, or empty if the text is not valid JSON
   */
  public static Optional<JsonNode> parse(String text) {
    try {
      JsonNode node = MAPPER.readTree(text);
      if (node == null || node.isMissingNode()) {
        return Optional.empty();
      }
      return Optional.of(node);
    } catch (JacksonException e) {
      return Optional.empty();
    }
  }

  /**
   * Writes a tree as compact JSON text.
   *
   * @param node the tree to write
   * @return the JSON text
   */
  public static String write(JsonNode node) {
    return MAPPER.writeValueAsString(node);
  }

  /**
   * Renders a snowflake the way Discord puts ids on the wire: as a string.
   *
   * @param id the snowflake
   * @return its decimal string
   */
  public static String id(long id) {
    return Long.toUnsignedString(id);
  }

  /**
   * Reads a snowflake that may be sent as a string or as a number.
   *
   * @param node the node holding the id
   * @return the id, or empty if the node holds no valid snowflake
   */
  public static Optional<Long> readId(JsonNode node) {
    if (node == null) {
      return Optional.empty();
    }
    if (node.isString()) {
      try {
        return Optional.of(Long.parseUnsignedLong(node.stringValue()));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
    if (node.isIntegralNumber() && node.canConvertToLong()) {
      return Optional.of(node.asLong());
    }
    return Optional.empty();
  }
}
