package dev.gloam.model.json;

import dev.gloam.model.gateway.command.GatewayCommand;
import java.time.Instant;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.JsonRecyclerPools;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes gloam's model types as Discord's JSON.
 *
 * <p>Field names are Discord's snake_case; unknown fields are ignored, so a field Discord adds
 * never breaks parsing; ids are written as strings. Reading then writing then reading gives an
 * equal object.
 *
 * <pre>{@code
 * User user = ModelJson.read(body, User.class);
 * String json = ModelJson.write(user);
 * }</pre>
 */
public final class ModelJson {
  private static final JsonMapper MAPPER = configured(factory()).addModule(speedups()).build();

  private ModelJson() {}

  // Discord's conventions, without the speed-ups (the tests compare both).
  static JsonMapper.Builder configured() {
    return configured(new JsonFactory());
  }

  private static JsonMapper.Builder configured(JsonFactory factory) {
    return JsonMapper.builder(factory)
        .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        // Discord sometimes sends null where the docs promise a value; read it as the default.
        .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
  }

  // Discord's JSON is UTF-8 without a byte order mark (RFC 8259 allows nothing else between
  // systems), so the parser need not guess the charset of every payload. Parsers borrow their
  // buffers from a pool that is per thread for platform threads (a shard's reader, a program's
  // event loop), where the default pool's shared deque cost a lock-free push and pop per payload.
  private static JsonFactory factory() {
    return JsonFactory.builder()
        .disable(TokenStreamFactory.Feature.CHARSET_DETECTION)
        .recyclerPool(JsonRecyclerPools.sharedHybridPool())
        .build();
  }

  // Faster paths for what every payload is full of: records and timestamps. They change how values
  // are made, never which JSON is accepted or what it becomes.
  private static SimpleModule speedups() {
    SimpleModule module =
        new SimpleModule("gloam-speedups") {
          @Override
          public void setupModule(SetupContext context) {
            super.setupModule(context);
            context.addValueInstantiators(new RecordInstantiators());
            context.addDeserializerModifier(new RecordDeserializer.Modifier());
          }
        };
    module.addDeserializer(Instant.class, new DiscordInstantDeserializer());
    return module;
  }

  /**
   * Returns the mapper gloam uses, configured for Discord's JSON. It is shared and immutable.
   *
   * @return the mapper
   */
  public static JsonMapper mapper() {
    return MAPPER;
  }

  /**
   * Reads a model value from JSON text.
   *
   * @param json the JSON
   * @param type the model type
   * @param <T> the model type
   * @return the value
   * @throws ModelJsonException if the text is not JSON or not of the type's shape
   */
  public static <T> T read(String json, Class<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JacksonException e) {
      throw readFailure(type, e);
    }
  }

  /**
   * Reads a model value from UTF-8 JSON bytes.
   *
   * @param json the JSON
   * @param type the model type
   * @param <T> the model type
   * @return the value
   * @throws ModelJsonException if the bytes are not JSON or not of the type's shape
   */
  public static <T> T read(byte[] json, Class<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JacksonException e) {
      throw readFailure(type, e);
    }
  }

  /**
   * Converts an already parsed JSON tree to a model value.
   *
   * @param tree the JSON tree
   * @param type the model type
   * @param <T> the model type
   * @return the value
   * @throws ModelJsonException if the tree is not of the type's shape
   */
  public static <T> T read(JsonNode tree, Class<T> type) {
    try {
      return MAPPER.treeToValue(tree, type);
    } catch (JacksonException e) {
      throw readFailure(type, e);
    }
  }

  // Binds one value from a parser that stands on (or just before) its first token, leaving the
  // parser on its last token, so that a caller can bind part of a larger document in place.
  static <T> T read(JsonParser parser, ObjectReader reader, Class<T> type) {
    try {
      return reader.readValue(parser);
    } catch (JacksonException e) {
      throw readFailure(type, e);
    }
  }

  /**
   * Writes a model value as JSON text.
   *
   * @param value the value
   * @return the JSON
   * @throws ModelJsonException if the value cannot be written
   */
  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JacksonException e) {
      throw writeFailure(value, e);
    }
  }

  /**
   * Writes a model value as UTF-8 JSON bytes.
   *
   * @param value the value
   * @return the JSON
   * @throws ModelJsonException if the value cannot be written
   */
  public static byte[] writeBytes(Object value) {
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (JacksonException e) {
      throw writeFailure(value, e);
    }
  }

  /**
   * Writes a gateway command as the payload Discord expects: {@code {"op": ..., "d": ...}}.
   *
   * @param command the command
   * @return the payload's JSON
   */
  public static String writeCommand(GatewayCommand command) {
    ObjectNode payload = MAPPER.createObjectNode();
    payload.put("op", command.opcode().value());
    payload.set("d", MAPPER.valueToTree(command));
    return write(payload);
  }

  private static ModelJsonException writeFailure(Object value, JacksonException e) {
    return new ModelJsonException(
        ModelJsonException.Kind.WRITE_FAILED,
        "cannot write " + value.getClass().getSimpleName() + " as JSON: " + e.getOriginalMessage(),
        e);
  }

  private static ModelJsonException readFailure(Class<?> type, JacksonException e) {
    // Jackson's message quotes the input; keep only its description, as payloads may hold secrets.
    ModelJsonException.Kind kind =
        e instanceof StreamReadException
            ? ModelJsonException.Kind.MALFORMED
            : ModelJsonException.Kind.UNEXPECTED_SHAPE;
    return new ModelJsonException(
        kind, "cannot read " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
  }
}
