package dev.gloam.testkit.internal.gateway;

import dev.gloam.testkit.internal.json.Json;
import dev.gloam.testkit.internal.world.Guild;
import dev.gloam.testkit.internal.world.StoredMessage;
import dev.gloam.testkit.internal.world.World;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Builds the body of MESSAGE_CREATE as one particular session is allowed to see it. */
public final class MessageCreateEvent {

  private MessageCreateEvent() {}

  /**
   * Tells whether a session receives MESSAGE_CREATE for a guild message at all.
   *
   * @param intents the session's intents
   * @return true if it asked for guild messages
   */
  public static boolean isWanted(long intents) {
    return Intents.contains(intents, Intents.GUILD_MESSAGES);
  }

  /**
   * Builds MESSAGE_CREATE, hiding the content (content, embeds, attachments, components, poll) from
   * sessions without the MESSAGE_CONTENT intent unless the message is a DM, the bot wrote it or is
   * mentioned in it ({@code events/gateway.mdx}, "Message Content Intent").
   *
   * @param world the world
   * @param message the stored message
   * @param intents the receiving session's intents
   * @return the event body
   */
  public static ObjectNode build(World world, StoredMessage message, long intents) {
    long botId = world.bot().id();
    ObjectNode d = message.toJson(botId);
    boolean directMessage = message.guildId() == 0;
    boolean contentVisible =
        Intents.contains(intents, Intents.MESSAGE_CONTENT)
            || directMessage
            || message.author().id() == botId
            || message.mentions(botId);
    if (!contentVisible) {
      d.put("content", "");
      d.putArray("embeds");
      d.putArray("attachments");
      d.putArray("components");
      d.remove("poll");
    }
    if (directMessage) {
      return d;
    }
    d.put("guild_id", Json.id(message.guildId()));
    Optional<Guild> guild = world.guild(message.guildId());
    guild
        .flatMap(g -> g.member(message.author().id()))
        .ifPresent(m -> d.set("member", m.toPartialJson()));
    // In MESSAGE_CREATE each mentioned user also carries its partial member.
    JsonNode mentions = d.get("mentions");
    if (mentions instanceof ArrayNode mentionArray) {
      for (JsonNode mention : mentionArray) {
        if (mention instanceof ObjectNode mentionObject) {
          guild.ifPresent(g -> mentionedMember(g, mentionObject));
        }
      }
    }
    world.channel(message.channelId()).ifPresent(c -> d.put("channel_type", c.type()));
    return d;
  }

  private static void mentionedMember(Guild guild, ObjectNode mention) {
    Json.readId(mention.get("id"))
        .flatMap(guild::member)
        .ifPresent(member -> mention.set("member", member.toPartialJson()));
  }
}
