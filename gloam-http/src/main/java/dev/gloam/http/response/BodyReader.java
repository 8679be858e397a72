package dev.gloam.http.response;

import dev.gloam.model.json.ModelJson;
import java.util.List;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;

/**
 * Reads the body of a successful answer into its model. Typed requests pick one; {@link
 * Response#model()} applies it when it is first called.
 *
 * @param <T> the model type
 */
@FunctionalInterface
public interface BodyReader<T> {
  /**
   * Reads a body.
   *
   * @param body the raw body
   * @return the model
   * @throws dev.gloam.model.json.ModelJsonException if the body has an unexpected shape
   */
  T read(byte[] body);

  /**
   * Reads a JSON object into a model type.
   *
   * @param type the model type
   * @param <T> the model type
   * @return the reader
   */
  static <T> BodyReader<T> of(Class<T> type) {
    return body -> ModelJson.read(body, type);
  }

  /**
   * Reads a JSON array into a list of a model type.
   *
   * @param element the element type
   * @param <E> the element type
   * @return the reader
   */
  static <E> BodyReader<List<E>> listOf(Class<E> element) {
    JavaType type =
        ModelJson.mapper().getTypeFactory().constructCollectionType(List.class, element);
    return body -> ModelJson.mapper().readValue(body, type);
  }

  /**
   * Reads nothing: for answers such as 204 No Content.
   *
   * @return the reader
   */
  static BodyReader<EmptyBody> empty() {
    return body -> EmptyBody.INSTANCE;
  }

  /**
   * Reads any JSON into a tree, for answers without a model (raw requests).
   *
   * @return the reader
   */
  static BodyReader<JsonNode> json() {
    return body -> ModelJson.mapper().readTree(body);
  }

  /**
   * Keeps the bytes as they are, for answers that are not JSON (such as a widget image).
   *
   * @return the reader
   */
  static BodyReader<byte[]> bytes() {
    return byte[]::clone;
  }
}
