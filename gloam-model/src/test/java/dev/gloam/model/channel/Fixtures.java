package dev.gloam.model.channel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.model.json.ModelJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;

/** Payload loading and round-trip assertions shared by the channel family's tests. */
public final class Fixtures {
  private Fixtures() {}

  /**
   * Reads a payload of the channel family from the test resources.
   *
   * @param file the file name under {@code payloads/channel/}
   * @return the JSON text
   */
  public static String payload(String file) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/payloads/channel/" + file)) {
      if (in == null) {
        throw new IllegalArgumentException("no payload " + file);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads JSON as a model type, writes it, reads it again and asserts both reads are equal.
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
    assertThat(ModelJson.write(second)).isEqualTo(written);
    return first;
  }

  /**
   * Writes a model value and returns it as a JSON tree.
   *
   * @param value the value
   * @return the written JSON
   */
  public static JsonNode written(Object value) {
    return ModelJson.mapper().readTree(ModelJson.write(value));
  }

  /**
   * Parses JSON text into a tree.
   *
   * @param json the JSON
   * @return the tree
   */
  public static JsonNode tree(String json) {
    return ModelJson.mapper().readTree(json);
  }
}
