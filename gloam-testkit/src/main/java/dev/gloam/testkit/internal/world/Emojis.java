package dev.gloam.testkit.internal.world;

import dev.gloam.testkit.internal.json.Json;
import tools.jackson.databind.node.ObjectNode;

/**
 * Custom emojis as guilds store them (resources/emoji.mdx, "Emoji Object"), and how many a guild
 * may have: the REST emoji routes and the world builder make them the same way, so GUILD_CREATE,
 * GUILD_EMOJIS_UPDATE and List Guild Emojis cannot tell where one came from.
 */
public final class Emojis {

  /**
   * Custom emoji slots of each kind (static and animated counted apart) at boost tiers 0 to 3, as
   * Discord's premium tiers grant them.
   */
  private static final int[] SLOTS_BY_TIER = {50, 100, 150, 250};

  private Emojis() {}

  /**
   * Counts the emoji slots of each kind (static, animated) a guild has at a boost tier.
   *
   * @param premiumTier the guild's {@code premium_tier}; values outside 0 to 3 count as the nearest
   * @return the number of slots for static emojis, and the same again for animated ones
   */
  public static int slots(int premiumTier) {
    return SLOTS_BY_TIER[Math.clamp(premiumTier, 0, SLOTS_BY_TIER.length - 1)];
  }

  /**
   * A new custom emoji that anyone in the guild may use.
   *
   * @param id the snowflake
   * @param name 2 to 32 letters, digits and underscores; checked by the caller
   * @param animated whether it is a GIF
   * @param creator who uploaded it, kept in its {@code user} field
   * @return a new JSON object with an empty {@code roles} list
   */
  public static ObjectNode newEmoji(long id, String name, boolean animated, User creator) {
    ObjectNode emoji = Json.object();
    emoji.put("id", Json.id(id));
    emoji.put("name", name);
    emoji.putArray("roles");
    emoji.set("user", creator.toJson());
    emoji.put("require_colons", true);
    emoji.put("managed", false);
    emoji.put("animated", animated);
    emoji.put("available", true);
    return emoji;
  }
}
