package dev.gloam.model.guild.auditlog;

import java.util.Optional;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads an {@link AuditLogChange}, telling an absent value (empty) from an explicit {@code null} (a
 * JSON null node), which Jackson's default binding of {@code Optional<JsonNode>} would merge.
 */
final class AuditLogChangeDeserializer extends StdDeserializer<AuditLogChange> {
  AuditLogChangeDeserializer() {
    super(AuditLogChange.class);
  }

  @Override
  public AuditLogChange deserialize(JsonParser parser, DeserializationContext context) {
    JsonNode tree = context.readTree(parser);
    JsonNode key = tree.path("key");
    return new AuditLogChange(
        key.isValueNode() && !key.isNull() ? key.asString() : "",
        Optional.ofNullable(tree.get("new_value")),
        Optional.ofNullable(tree.get("old_value")));
  }
}
