package dev.gloam.testkit.internal.world;

import dev.gloam.testkit.internal.json.Json;
import java.time.Instant;
import tools.jackson.databind.node.ObjectNode;

/**
 * A user's membership of the test guild.
 *
 * @param user the member's user
 * @param joinedAt when the user joined the guild
 */
public record Member(User user, Instant joinedAt) {

  /**
   * Renders the member without its user, as in MESSAGE_CREATE's {@code member} field.
   *
   * @return a new JSON object
   */
  public ObjectNode toPartialJson() {
    ObjectNode json = Json.object();
    json.putNull("nick");
    json.putNull("avatar");
    json.putNull("banner");
    // The @everyone role is implied and never listed.
    json.putArray("roles");
    json.put("joined_at", DiscordTime.format(joinedAt));
    json.putNull("premium_since");
    json.put("deaf", false);
    json.put("mute", false);
    json.put("flags", 0);
    json.put("pending", false);
    json.putNull("communication_disabled_until");
    return json;
  }

  /**
   * Renders the full member object with its user.
   *
   * @return a new JSON object
   */
  public ObjectNode toJson() {
    ObjectNode json = Json.object();
    json.set("user", user.toJson());
    json.setAll(toPartialJson());
    return json;
  }
}
