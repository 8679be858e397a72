package dev.gloam.testkit.internal.rest.routes;

import dev.gloam.testkit.internal.json.Json;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds the {@code changes} array of an audit log entry ({@code resources/audit-log.mdx}, "Audit
 * Log Change Object"): a created object lists its fields as {@code new_value}s, a deleted one as
 * {@code old_value}s, and an update lists only the fields that differ. A field that was null has no
 * {@code old_value}, and one that became null has no {@code new_value}, as Discord writes them.
 */
public final class AuditLogChanges {

  private AuditLogChanges() {}

  /**
   * The changes of a created object.
   *
   * @param created the new object
   * @param keys the fields to list
   * @return the changes; fields that are absent or null are left out
   */
  public static ArrayNode created(ObjectNode created, String... keys) {
    ArrayNode changes = Json.array();
    for (String key : keys) {
      JsonNode value = created.get(key);
      if (value != null && !value.isNull()) {
        changes.addObject().put("key", key).set("new_value", value.deepCopy());
      }
    }
    return changes;
  }

  /**
   * The changes of a deleted object.
   *
   * @param deleted the object as it was
   * @param keys the fields to list
   * @return the changes; fields that are absent or null are left out
   */
  public static ArrayNode deleted(ObjectNode deleted, String... keys) {
    ArrayNode changes = Json.array();
    for (String key : keys) {
      JsonNode value = deleted.get(key);
      if (value != null && !value.isNull()) {
        changes.addObject().put("key", key).set("old_value", value.deepCopy());
      }
    }
    return changes;
  }

  /**
   * The changes between two versions of an object.
   *
   * @param before the object before the change
   * @param after the object after it
   * @param keys the fields to compare
   * @return one change per field that differs
   */
  public static ArrayNode updated(ObjectNode before, ObjectNode after, String... keys) {
    ArrayNode changes = Json.array();
    for (String key : keys) {
      JsonNode old = nullToAbsent(before.get(key));
      JsonNode now = nullToAbsent(after.get(key));
      if (Objects.equals(old, now)) {
        continue;
      }
      ObjectNode change = changes.addObject();
      change.put("key", key);
      if (now != null) {
        change.set("new_value", now.deepCopy());
      }
      if (old != null) {
        change.set("old_value", old.deepCopy());
      }
    }
    return changes;
  }

  private static JsonNode nullToAbsent(JsonNode value) {
    return value == null || value.isNull() ? null : value;
  }
}
