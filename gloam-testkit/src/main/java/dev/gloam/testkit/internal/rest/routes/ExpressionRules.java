package dev.gloam.testkit.internal.rest.routes;

import dev.gloam.testkit.internal.json.Json;
import dev.gloam.testkit.internal.rest.ApiError;
import dev.gloam.testkit.internal.world.Emojis;
import dev.gloam.testkit.internal.world.Guild;
import dev.gloam.testkit.internal.world.PermissionCalculator;
import dev.gloam.testkit.internal.world.Permissions;
import dev.gloam.testkit.internal.world.World;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What guild emojis and stickers have in common (resources/emoji.mdx, resources/sticker.mdx): who
 * may change one (its creator with CREATE_GUILD_EXPRESSIONS, anyone with MANAGE_GUILD_EXPRESSIONS),
 * who sees its {@code user} field, and how many a guild may have at its boost tier.
 */
final class ExpressionRules {

  /** Sticker slots by premium tier 0 to 3; five are free. */
  private static final int[] STICKER_SLOTS = {5, 15, 30, 60};

  private static final long EITHER =
      Permissions.CREATE_GUILD_EXPRESSIONS | Permissions.MANAGE_GUILD_EXPRESSIONS;

  private ExpressionRules() {}

  /**
   * Requires that the bot may modify or delete an emoji or sticker: its own with either expression
   * permission, any other with MANAGE_GUILD_EXPRESSIONS.
   *
   * @param world the world
   * @param guild the guild
   * @param expression the stored emoji or sticker, with its creator in {@code user}
   * @throws ApiError 403 Missing Permissions (50013)
   */
  static void requireChange(World world, Guild guild, ObjectNode expression) {
    long granted = granted(world, guild);
    long needed = createdByBot(world, expression) ? EITHER : Permissions.MANAGE_GUILD_EXPRESSIONS;
    if ((granted & needed) == 0) {
      throw new ApiError(403, 50013, "Missing Permissions");
    }
  }

  /**
   * Renders a list as the bot may see it: {@code user} only with an expression permission.
   *
   * @param world the world
   * @param guild the guild
   * @param stored the stored emojis or stickers
   * @return a new array
   */
  static ArrayNode listed(World world, Guild guild, Iterable<ObjectNode> stored) {
    boolean withUser = (granted(world, guild) & EITHER) != 0;
    ArrayNode array = Json.array();
    for (ObjectNode expression : stored) {
      if (!withUser) {
        expression.remove("user");
      }
      array.add(expression);
    }
    return array;
  }

  /**
   * Renders one emoji as Get Guild Emoji shows it: {@code user} with MANAGE_GUILD_EXPRESSIONS, or
   * with CREATE_GUILD_EXPRESSIONS for the bot's own.
   *
   * @param world the world
   * @param guild the guild
   * @param emoji a copy of the stored emoji, changed in place
   * @return the emoji
   */
  static ObjectNode shownEmoji(World world, Guild guild, ObjectNode emoji) {
    long granted = granted(world, guild);
    boolean withUser =
        (granted & Permissions.MANAGE_GUILD_EXPRESSIONS) != 0
            || ((granted & Permissions.CREATE_GUILD_EXPRESSIONS) != 0
                && createdByBot(world, emoji));
    if (!withUser) {
      emoji.remove("user");
    }
    return emoji;
  }

  /**
   * Renders one sticker as Get Guild Sticker shows it: {@code user} with either permission.
   *
   * @param world the world
   * @param guild the guild
   * @param sticker a copy of the stored sticker, changed in place
   * @return the sticker
   */
  static ObjectNode shownSticker(World world, Guild guild, ObjectNode sticker) {
    if ((granted(world, guild) & EITHER) == 0) {
      sticker.remove("user");
    }
    return sticker;
  }

  /**
   * Counts the emoji slots of each kind (static, animated) at the guild's boost tier.
   *
   * @param guild the guild
   * @return the number of slots
   */
  static int emojiSlots(Guild guild) {
    return Emojis.slots(tier(guild));
  }

  /**
   * Counts the sticker slots at the guild's boost tier.
   *
   * @param guild the guild
   * @return the number of slots
   */
  static int stickerSlots(Guild guild) {
    return STICKER_SLOTS[tier(guild)];
  }

  private static int tier(Guild guild) {
    return Math.clamp(guild.settings().path("premium_tier").asInt(0), 0, 3);
  }

  private static boolean createdByBot(World world, ObjectNode expression) {
    return Json.id(world.bot().id()).equals(expression.path("user").path("id").asString(""));
  }

  private static long granted(World world, Guild guild) {
    return PermissionCalculator.inGuild(guild, world.bot().id(), world.now());
  }
}
