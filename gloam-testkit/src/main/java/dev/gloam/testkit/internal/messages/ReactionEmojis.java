package dev.gloam.testkit.internal.messages;

import dev.gloam.testkit.internal.json.Json;
import dev.gloam.testkit.internal.world.Guild;
import dev.gloam.testkit.internal.world.World;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns the text of a reaction emoji into a partial emoji object: a Unicode emoji as itself, or
 * {@code name:id} for a custom emoji of one of the bot's guilds ({@code resources/message.mdx},
 * "Create Reaction").
 */
public final class ReactionEmojis {

  private ReactionEmojis() {}

  /**
   * Parses an emoji.
   *
   * @param world the world, whose guilds' emojis custom reactions must come from
   * @param text a Unicode emoji such as {@code 👍}, or {@code name:id}
   * @return {@code {"id":null,"name":"👍"}} or {@code {"id":"1","name":"blob","animated":false}};
   *     empty for plain ASCII text, a malformed id or an unknown custom emoji
   */
  public static Optional<ObjectNode> parse(World world, String text) {
    int colon = text.lastIndexOf(':');
    ObjectNode emoji = Json.object();
    if (colon >= 0) {
      long id;
      try {
        id = Long.parseUnsignedLong(text.substring(colon + 1));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
      Optional<ObjectNode> custom = custom(world, id);
      if (custom.isEmpty()) {
        return Optional.empty();
      }
      emoji.put("id", Json.id(id));
      emoji.set("name", custom.get().get("name"));
      emoji.put("animated", custom.get().path("animated").asBoolean(false));
      return Optional.of(emoji);
    }
    // A Unicode emoji is never plain ASCII; Discord refuses names such as "thumbsup".
    if (text.isBlank() || text.chars().allMatch(c -> c < 0x80)) {
      return Optional.empty();
    }
    emoji.putNull("id");
    emoji.put("name", text);
    return Optional.of(emoji);
  }

  private static Optional<ObjectNode> custom(World world, long id) {
    for (Guild guild : world.guilds()) {
      Optional<ObjectNode> emoji = guild.emojis().get(id);
      if (emoji.isPresent()) {
        return emoji;
      }
    }
    return Optional.empty();
  }
}
