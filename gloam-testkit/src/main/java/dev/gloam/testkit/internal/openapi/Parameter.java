package dev.gloam.testkit.internal.openapi;

import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * A path or query parameter of an operation.
 *
 * @param name the parameter's name, for example {@code channel_id} or {@code limit}
 * @param required whether a request must carry it (path parameters always do)
 * @param schema its schema, possibly a {@code $ref}
 */
public record Parameter(String name, boolean required, JsonNode schema) {

  /**
   * Checks that nothing is null.
   *
   * @param name the name
   * @param required whether it is required
   * @param schema the schema
   */
  public Parameter {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(schema, "schema");
  }
}
