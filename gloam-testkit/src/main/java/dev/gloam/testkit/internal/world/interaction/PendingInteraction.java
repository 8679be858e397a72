package dev.gloam.testkit.internal.world.interaction;

import dev.gloam.testkit.InteractionResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import tools.jackson.databind.node.ObjectNode;

/**
 * One interaction the human started, and what the bot has done with it so far. Changed only under
 * the world's lock.
 */
public final class PendingInteraction {

  private final long id;
  private final String token;
  private final int type;
  private final long guildId;
  private final long channelId;
  private final Instant createdAt;
  private final ObjectNode payload;
  private final CompletableFuture<InteractionResponse> response = new CompletableFuture<>();
  private final List<Long> followups = new ArrayList<>();
  private int callbackType;
  private Long originalMessageId;
  private ObjectNode modal;

  /**
   * Creates the record of a new interaction.
   *
   * @param id the interaction's snowflake
   * @param token its continuation token; never shown
   * @param type the interaction type (2 command, 3 component, 5 modal submit)
   * @param guildId where it happened
   * @param channelId the channel it happened in
   * @param createdAt when
   * @param payload the interaction object as dispatched, token included
   */
  public PendingInteraction(
      long id,
      String token,
      int type,
      long guildId,
      long channelId,
      Instant createdAt,
      ObjectNode payload) {
    this.id = id;
    this.token = Objects.requireNonNull(token, "token");
    this.type = type;
    this.guildId = guildId;
    this.channelId = channelId;
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    this.payload = payload.deepCopy();
  }

  /**
   * Returns the interaction's snowflake.
   *
   * @return the id
   */
  public long id() {
    return id;
  }

  /**
   * Returns the token; callers compare it, never print it.
   *
   * @return the token
   */
  public String token() {
    return token;
  }

  /**
   * Returns the interaction type.
   *
   * @return 2, 3 or 5
   */
  public int type() {
    return type;
  }

  /**
   * Returns the guild.
   *
   * @return the guild's snowflake
   */
  public long guildId() {
    return guildId;
  }

  /**
   * Returns the channel.
   *
   * @return the channel's snowflake
   */
  public long channelId() {
    return channelId;
  }

  /**
   * Returns when the human started it.
   *
   * @return the instant
   */
  public Instant createdAt() {
    return createdAt;
  }

  /**
   * Returns a copy of the interaction object as dispatched.
   *
   * @return the JSON
   */
  public ObjectNode payload() {
    return payload.deepCopy();
  }

  /**
   * Returns the answer the human side waits for.
   *
   * @return completed when the bot calls back
   */
  public CompletableFuture<InteractionResponse> response() {
    return response;
  }

  /**
   * Tells whether the bot already answered the callback.
   *
   * @return true after the first callback
   */
  public boolean acknowledged() {
    return callbackType != 0;
  }

  /**
   * Returns the callback type the bot chose.
   *
   * @return the type, or 0 before the callback
   */
  public int callbackType() {
    return callbackType;
  }

  /**
   * Records the callback.
   *
   * @param callback the callback type
   * @param original the message that is the original response, or null
   * @param modalData the modal's data for type 9, or null
   */
  public void acknowledge(int callback, Long original, ObjectNode modalData) {
    this.callbackType = callback;
    this.originalMessageId = original;
    this.modal = modalData == null ? null : modalData.deepCopy();
  }

  /**
   * Returns the message that is the original response.
   *
   * @return its id, or null if there is none (yet, or any more)
   */
  public Long originalMessageId() {
    return originalMessageId;
  }

  /**
   * Replaces the original response's message.
   *
   * @param messageId the id, or null once it is deleted
   */
  public void originalMessageId(Long messageId) {
    this.originalMessageId = messageId;
  }

  /**
   * Returns the modal the bot opened.
   *
   * @return a copy of its data, or null if the bot opened none
   */
  public ObjectNode modal() {
    return modal == null ? null : modal.deepCopy();
  }

  /**
   * Returns the follow-up messages sent with this token.
   *
   * @return the live list of ids
   */
  public List<Long> followups() {
    return followups;
  }

  @Override
  public String toString() {
    return "PendingInteraction[id=" + Long.toUnsignedString(id) + ", type=" + type + "]";
  }
}
