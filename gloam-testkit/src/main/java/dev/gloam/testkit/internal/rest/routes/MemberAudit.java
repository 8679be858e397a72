package dev.gloam.testkit.internal.rest.routes;

import dev.gloam.testkit.internal.json.Json;
import java.util.Objects;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code changes} of audit log entries written by the member, ban, emoji, sticker and invite
 * routes (resources/audit-log.mdx, "Audit Log Change Object"). A value that is null is left out, as
 * Discord leaves out {@code new_value} for a property reset to null and {@code old_value} for one
 * that had none.
 */
final class MemberAudit {

  private final ArrayNode changes = Json.array();

  /** Creates an empty list of changes. */
  MemberAudit() {}

  /**
   * Records a changed property; equal values record nothing.
   *
   * @param key the property, for example {@code nick}
   * @param before the old value: null, a string, a number or a boolean
   * @param after the new value of the same kinds
   * @return this list
   */
  MemberAudit change(String key, Object before, Object after) {
    if (Objects.equals(before, after)) {
      return this;
    }
    ObjectNode change = changes.addObject();
    change.put("key", key);
    put(change, "old_value", before);
    put(change, "new_value", after);
    return this;
  }

  /**
   * Records a property of a created resource (only a new value).
   *
   * @param key the property
   * @param value the value
   * @return this list
   */
  MemberAudit created(String key, Object value) {
    return change(key, null, value);
  }

  /**
   * Records a property of a deleted resource (only an old value).
   *
   * @param key the property
   * @param value the value
   * @return this list
   */
  MemberAudit deleted(String key, Object value) {
    return change(key, value, null);
  }

  /**
   * Tells whether nothing changed.
   *
   * @return true if no change was recorded
   */
  boolean isEmpty() {
    return changes.isEmpty();
  }

  /**
   * Returns the changes for {@code World.audit}.
   *
   * @return the array
   */
  ArrayNode toJson() {
    return changes.deepCopy();
  }

  private static void put(ObjectNode change, String field, Object value) {
    switch (value) {
      case null -> {
        // Left out: Discord omits the side of a change that is null.
      }
      case Boolean flag -> change.put(field, flag);
      case Integer number -> change.put(field, number);
      case Long number -> change.put(field, number);
      case tools.jackson.databind.JsonNode node -> change.set(field, node);
      default -> change.put(field, value.toString());
    }
  }
}
