package dev.gloam.testkit.internal.world;

import dev.gloam.testkit.internal.json.Json;
import tools.jackson.databind.node.ObjectNode;

/**
 * A user of the offline Discord.
 *
 * @param id the user's snowflake
 * @param username the unique user name
 * @param globalName the display name, or null if unset
 * @param bot whether the user is a bot account
 */
public record User(long id, String username, String globalName, boolean bot) {

  /**
   * Renders the user object as other users see it.
   *
   * @return a new JSON object
   */
  public ObjectNode toJson() {
    ObjectNode json = Json.object();
    json.put("id", Json.id(id));
    json.put("username", username);
    // Users that migrated to unique names all have the discriminator "0".
    json.put("discriminator", "0");
    json.put("global_name", globalName);
    json.putNull("avatar");
    if (bot) {
      json.put("bot", true);
    }
    json.putNull("banner");
    json.putNull("accent_color");
    json.put("flags", 0);
    json.put("public_flags", 0);
    json.putNull("avatar_decoration_data");
    json.putNull("collectibles");
    json.putNull("primary_guild");
    return json;
  }

  /**
   * Renders the user object as the user itself sees it, with the private fields of {@code GET
   * /users/@me} and READY.
   *
   * @return a new JSON object
   */
  public ObjectNode toCurrentUserJson() {
    ObjectNode json = toJson();
    json.put("mfa_enabled", false);
    json.put("locale", "en-US");
    json.put("verified", true);
    json.putNull("email");
    json.put("premium_type", 0);
    return json;
  }
}
