package dev.gloam.testkit.internal.world;

import dev.gloam.testkit.RecordedMessage;
import dev.gloam.testkit.internal.json.Json;
import java.time.Instant;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A message held by the offline Discord. The JSON parts are private copies and are copied again
 * whenever the message is rendered, so a stored message never changes.
 *
 * @param id the message's snowflake
 * @param channelId the channel it is in
 * @param guildId the guild of that channel
 * @param author who sent it
 * @param content its text
 * @param timestamp when it was sent
 * @param tts whether it is text-to-speech
 * @param mentionEveryone whether it mentions {@code @everyone} or {@code @here}
 * @param mentions the users it mentions
 * @param embeds its embeds
 * @param components its components
 * @param nonce the client's nonce, or null
 * @param referencedMessage the message it replies to, or null
 */
public record StoredMessage(
    long id,
    long channelId,
    long guildId,
    User author,
    String content,
    Instant timestamp,
    boolean tts,
    boolean mentionEveryone,
    List<User> mentions,
    ArrayNode embeds,
    ArrayNode components,
    JsonNode nonce,
    StoredMessage referencedMessage) {

  /** The type of an ordinary message. */
  public static final int TYPE_DEFAULT = 0;

  /** The type of a reply. */
  public static final int TYPE_REPLY = 19;

  /**
   * Copies the mutable parts so later changes by the caller cannot alter the stored message.
   *
   * @param id the message's snowflake
   * @param channelId the channel it is in
   * @param guildId the guild of that channel
   * @param author who sent it
   * @param content its text
   * @param timestamp when it was sent
   * @param tts whether it is text-to-speech
   * @param mentionEveryone whether it mentions everyone
   * @param mentions the users it mentions
   * @param embeds its embeds
   * @param components its components
   * @param nonce the nonce or null
   * @param referencedMessage the replied-to message or null
   */
  public StoredMessage {
    mentions = List.copyOf(mentions);
    embeds = embeds.deepCopy();
    components = components.deepCopy();
    nonce = nonce == null ? null : nonce.deepCopy();
  }

  /**
   * Tells whether the message mentions a user.
   *
   * @param userId the user
   * @return true if the user is among the mentions
   */
  public boolean mentions(long userId) {
    return mentions.stream().anyMatch(user -> user.id() == userId);
  }

  /**
   * Renders the message object as REST returns it.
   *
   * @return a new JSON object
   */
  public ObjectNode toJson() {
    return toJson(true);
  }

  private ObjectNode toJson(boolean withReferencedMessage) {
    ObjectNode json = Json.object();
    json.put("type", referencedMessage == null ? TYPE_DEFAULT : TYPE_REPLY);
    json.put("channel_id", Json.id(channelId));
    json.put("content", content);
    json.set("attachments", Json.array());
    json.set("embeds", embeds.deepCopy());
    json.put("timestamp", DiscordTime.format(timestamp));
    json.putNull("edited_timestamp");
    json.put("flags", 0);
    json.set("components", components.deepCopy());
    json.put("id", Json.id(id));
    json.set("author", author.toJson());
    ArrayNode mentionArray = json.putArray("mentions");
    mentions.forEach(user -> mentionArray.add(user.toJson()));
    json.putArray("mention_roles");
    json.put("pinned", false);
    json.put("mention_everyone", mentionEveryone);
    json.put("tts", tts);
    if (nonce != null) {
      json.set("nonce", nonce.deepCopy());
    }
    if (referencedMessage != null) {
      ObjectNode reference = json.putObject("message_reference");
      reference.put("type", 0);
      reference.put("channel_id", Json.id(referencedMessage.channelId()));
      reference.put("message_id", Json.id(referencedMessage.id()));
      reference.put("guild_id", Json.id(referencedMessage.guildId()));
      if (withReferencedMessage) {
        // Discord nests only one level of replies.
        json.set("referenced_message", referencedMessage.toJson(false));
      }
    }
    return json;
  }

  /**
   * Converts to the public view handed to tests.
   *
   * @return the recorded message
   */
  public RecordedMessage toRecorded() {
    return new RecordedMessage(
        id, channelId, author.id(), content, timestamp, Json.write(toJson()));
  }
}
