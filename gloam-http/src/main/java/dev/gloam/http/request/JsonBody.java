package dev.gloam.http.request;

import dev.gloam.model.json.ModelJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A request's JSON body, built one field at a time. A field is absent until it is set; setting it
 * to {@code null} sends an explicit JSON {@code null}, which in Discord's PATCH bodies clears the
 * field (reference, "Nullable and Optional Resource Fields"). Values are written with the model's
 * JSON codec, so model types, ids and open enums appear as Discord expects.
 */
public final class JsonBody {
  private final ObjectNode node = ModelJson.mapper().createObjectNode();

  /** Creates an empty body; requests get one from {@link Request#json()}. */
  JsonBody() {}

  /**
   * Sets a field, replacing an earlier value.
   *
   * @param name the field's JSON name
   * @param value the value, or {@code null} to send JSON {@code null}
   * @return this body
   */
  public JsonBody set(String name, Object value) {
    node.set(name, value == null ? node.nullNode() : ModelJson.mapper().valueToTree(value));
    return this;
  }

  /**
   * Removes a field, so that it is absent from the body again.
   *
   * @param name the field's JSON name
   * @return this body
   */
  public JsonBody remove(String name) {
    node.remove(name);
    return this;
  }

  /**
   * Returns whether a field was set (to a value or to {@code null}).
   *
   * @param name the field's JSON name
   * @return {@code true} if the field will be sent
   */
  public boolean has(String name) {
    return node.has(name);
  }

  /**
   * Returns a field's value as JSON.
   *
   * @param name the field's JSON name
   * @return the value, or {@code null} if the field is absent
   */
  public JsonNode get(String name) {
    return node.get(name);
  }

  /**
   * Returns whether no field was set.
   *
   * @return {@code true} if the body is {@code {}}
   */
  public boolean isEmpty() {
    return node.isEmpty();
  }

  /**
   * Returns the body as a JSON tree, for embedding it in a multipart body's {@code payload_json}.
   *
   * @return a copy of the tree
   */
  public ObjectNode tree() {
    return node.deepCopy();
  }

  /**
   * Encodes the body.
   *
   * @return the JSON, UTF-8
   */
  public byte[] bytes() {
    return ModelJson.writeBytes(node);
  }

  @Override
  public String toString() {
    return "JsonBody" + node.propertyNames();
  }
}
