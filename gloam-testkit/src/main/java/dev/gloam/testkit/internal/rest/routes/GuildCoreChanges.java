package dev.gloam.testkit.internal.rest.routes;

import dev.gloam.testkit.internal.json.Json;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The audit log {@code changes} of the guild, channel and role routes ({@code
 * resources/audit-log.mdx}, "Audit Log Change Object"), and the image hashes their uploads become.
 */
final class GuildCoreChanges {

  private GuildCoreChanges() {}

  /**
   * Lists what differs between two versions of an object, key by key. A side that is missing or
   * null is left out of its change, as Discord leaves out {@code old_value} of a created field.
   *
   * @param before the old object, or null for a created resource
   * @param after the new object, or null for a deleted resource
   * @param ignored keys that never appear in the changes (ids, positions kept elsewhere)
   * @return the changes, possibly empty
   */
  static ArrayNode between(ObjectNode before, ObjectNode after, Set<String> ignored) {
    Set<String> keys = new LinkedHashSet<>();
    if (before != null) {
      keys.addAll(before.propertyNames());
    }
    if (after != null) {
      keys.addAll(after.propertyNames());
    }
    ArrayNode changes = Json.array();
    for (String key : keys) {
      if (ignored.contains(key)) {
        continue;
      }
      JsonNode old = before == null ? null : before.get(key);
      JsonNode now = after == null ? null : after.get(key);
      if (Objects.equals(old, now) || (isAbsent(old) && isAbsent(now))) {
        continue;
      }
      ObjectNode change = changes.addObject();
      change.put("key", key);
      if (!isAbsent(old)) {
        change.set("old_value", old.deepCopy());
      }
      if (!isAbsent(now)) {
        change.set("new_value", now.deepCopy());
      }
    }
    return changes;
  }

  /**
   * Turns uploaded image data into the hash Discord stores for it; an animated GIF gets the {@code
   * a_} prefix Discord gives animated images.
   *
   * @param imageData the data URI sent, or null to remove the image
   * @return the hash, or null
   */
  static String imageHash(JsonNode imageData) {
    if (imageData == null || !imageData.isString()) {
      return null;
    }
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(imageData.stringValue().getBytes(StandardCharsets.UTF_8));
      String hash = HexFormat.of().formatHex(digest, 0, 16);
      return imageData.stringValue().startsWith("data:image/gif") ? "a_" + hash : hash;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private static boolean isAbsent(JsonNode node) {
    return node == null || node.isNull();
  }
}
