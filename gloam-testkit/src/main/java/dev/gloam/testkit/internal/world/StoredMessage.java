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
 * @param extras flags, attachments, stickers, poll, forward, and the state that changes after
 *     sending (edits, pins, reactions, votes)
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
    StoredMessage referencedMessage,
    MessageExtras extras) {

  /** The type of an ordinary message. */
  public static final int TYPE_DEFAULT = 0;

  /** The type of a reply. */
  public static final int TYPE_REPLY = 19;

  /** The type of the system message that tells a message was pinned. */
  public static final int TYPE_CHANNEL_PINNED_MESSAGE = 6;

  /** The flag of a message published to following channels. */
  public static final int FLAG_CROSSPOSTED = 1;

  /** The flag that hides a message's embeds. */
  public static final int FLAG_SUPPRESS_EMBEDS = 1 << 2;

  /** The flag of a message that forwards another one. */
  public static final int FLAG_HAS_SNAPSHOT = 1 << 14;

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
   * @param extras everything beyond the text
   */
  public StoredMessage {
    extras = extras == null ? MessageExtras.NONE : extras;
    mentions = List.copyOf(mentions);
    embeds = embeds.deepCopy();
    components = components.deepCopy();
    nonce = nonce == null ? null : nonce.deepCopy();
  }

  /**
   * A message with nothing beyond its text, embeds and components.
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
  public StoredMessage(
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
    this(
        id,
        channelId,
        guildId,
        author,
        content,
        timestamp,
        tts,
        mentionEveryone,
        mentions,
        embeds,
        components,
        nonce,
        referencedMessage,
        MessageExtras.NONE);
  }

  /**
   * Returns this message with other extras, for pins, reactions, votes and flag changes.
   *
   * @param newExtras the extras
   * @return the new message
   */
  public StoredMessage withExtras(MessageExtras newExtras) {
    return new StoredMessage(
        id,
        channelId,
        guildId,
        author,
        content,
        timestamp,
        tts,
        mentionEveryone,
        mentions,
        embeds,
        components,
        nonce,
        referencedMessage,
        newExtras);
  }

  /**
   * Returns this message after its author edited it.
   *
   * @param newContent the text
   * @param newMentionEveryone whether the new text mentions everyone
   * @param newMentions the users the new text mentions
   * @param newEmbeds the embeds
   * @param newComponents the components
   * @param newExtras the extras, with the edit time
   * @return the new message
   */
  public StoredMessage edited(
      String newContent,
      boolean newMentionEveryone,
      List<User> newMentions,
      ArrayNode newEmbeds,
      ArrayNode newComponents,
      MessageExtras newExtras) {
    return new StoredMessage(
        id,
        channelId,
        guildId,
        author,
        newContent,
        timestamp,
        tts,
        newMentionEveryone,
        newMentions,
        newEmbeds,
        newComponents,
        nonce,
        referencedMessage,
        newExtras);
  }

  /**
   * Returns the message type.
   *
   * @return the type chosen at creation, or 19 for a reply and 0 otherwise
   */
  public int type() {
    if (extras.type() != null) {
      return extras.type();
    }
    return referencedMessage == null ? TYPE_DEFAULT : TYPE_REPLY;
  }

  /**
   * Tells whether the message is pinned.
   *
   * @return true if it is
   */
  public boolean pinned() {
    return extras.pinnedAt() != null;
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
    return toJson(0, true);
  }

  /**
   * Renders the message object as a user sees it: {@code me} in reactions is about that user.
   *
   * @param viewerId the user who reads it, usually the bot
   * @return a new JSON object
   */
  public ObjectNode toJson(long viewerId) {
    return toJson(viewerId, true);
  }

  private ObjectNode toJson(long viewerId, boolean withReferencedMessage) {
    ObjectNode json = Json.object();
    json.put("type", type());
    json.put("channel_id", Json.id(channelId));
    json.put("content", content);
    json.set("attachments", extras.attachments());
    json.set("embeds", embeds.deepCopy());
    json.put("timestamp", DiscordTime.format(timestamp));
    if (extras.editedTimestamp() == null) {
      json.putNull("edited_timestamp");
    } else {
      json.put("edited_timestamp", DiscordTime.format(extras.editedTimestamp()));
    }
    json.put("flags", extras.flags());
    json.set("components", components.deepCopy());
    json.put("id", Json.id(id));
    json.set("author", author.toJson());
    ArrayNode mentionArray = json.putArray("mentions");
    mentions.forEach(user -> mentionArray.add(user.toJson()));
    json.putArray("mention_roles");
    json.put("pinned", pinned());
    json.put("mention_everyone", mentionEveryone);
    json.put("tts", tts);
    if (nonce != null) {
      json.set("nonce", nonce.deepCopy());
    }
    if (!extras.reactions().isEmpty()) {
      ArrayNode reactionArray = json.putArray("reactions");
      extras.reactions().forEach(reaction -> reactionArray.add(reaction.toJson(viewerId)));
    }
    if (!extras.stickerItems().isEmpty()) {
      json.set("sticker_items", extras.stickerItems());
    }
    if (extras.poll() != null) {
      json.set("poll", pollJson(viewerId));
    }
    if (extras.reference() != null) {
      json.set("message_reference", extras.reference());
    }
    if (!extras.snapshots().isEmpty()) {
      json.set("message_snapshots", extras.snapshots());
    }
    if (extras.origin() != null) {
      json.setAll(extras.origin());
    }
    if (referencedMessage != null) {
      ObjectNode reference = json.putObject("message_reference");
      reference.put("type", 0);
      reference.put("channel_id", Json.id(referencedMessage.channelId()));
      reference.put("message_id", Json.id(referencedMessage.id()));
      reference.put("guild_id", Json.id(referencedMessage.guildId()));
      if (withReferencedMessage) {
        // Discord nests only one level of replies.
        json.set("referenced_message", referencedMessage.toJson(viewerId, false));
      }
    }
    return json;
  }

  /**
   * Renders the message's content as a forward's snapshot carries it ({@code resources/
   * message.mdx}, "Message Snapshot Object").
   *
   * @return a new message snapshot object
   */
  public ObjectNode toSnapshotJson() {
    ObjectNode full = toJson(0, false);
    ObjectNode snapshot = Json.object();
    ObjectNode message = snapshot.putObject("message");
    for (String field :
        List.of(
            "type",
            "content",
            "embeds",
            "attachments",
            "timestamp",
            "edited_timestamp",
            "flags",
            "mentions",
            "mention_roles",
            "sticker_items",
            "components")) {
      if (full.has(field)) {
        message.set(field, full.get(field));
      }
    }
    return snapshot;
  }

  // The poll with its results: every answer's count, and whether the viewer voted for it.
  private ObjectNode pollJson(long viewerId) {
    ObjectNode poll = extras.poll();
    ObjectNode results = poll.putObject("results");
    results.put("is_finalized", extras.pollFinalized());
    ArrayNode counts = results.putArray("answer_counts");
    for (JsonNode answer : poll.path("answers")) {
      int answerId = answer.path("answer_id").asInt();
      List<Long> voters = extras.voters(answerId);
      ObjectNode count = counts.addObject();
      count.put("id", answerId);
      count.put("count", voters.size());
      count.put("me_voted", voters.contains(viewerId));
    }
    return poll;
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
