package dev.gloam.cache.inmemory.form;

import dev.gloam.model.channel.message.Message;
import dev.gloam.model.channel.message.MessageType;
import dev.gloam.model.channel.message.attachment.Attachment;
import dev.gloam.model.channel.message.component.Component;
import dev.gloam.model.channel.message.embed.Embed;
import dev.gloam.model.channel.message.reaction.Reaction;
import java.time.Instant;
import java.util.List;

/**
 * A message as the cache keeps it, among the newest few of its channel (Discord: resources/message
 * "Message Object").
 *
 * <p>The cache reads the ids and the reactions: it applies reaction events through {@link
 * #withReactions}. A form that keeps no reactions leaves both defaults.
 */
public interface CachedMessage {

  /**
   * Returns the message's id.
   *
   * @return the id
   */
  long id();

  /**
   * Returns the channel the message is in.
   *
   * @return the channel id
   */
  long channelId();

  /**
   * Returns the message's author.
   *
   * @return the author's user id
   */
  long authorId();

  /**
   * Returns the reactions on the message, one per emoji.
   *
   * @return the reactions; none by default
   */
  default List<CachedReaction> reactions() {
    return List.of();
  }

  /**
   * Returns this message with other reactions; the default keeps none and returns itself.
   *
   * @param reactions the reactions after a reaction event
   * @return the updated form
   */
  default CachedMessage withReactions(List<CachedReaction> reactions) {
    return this;
  }

  /**
   * The standard form. Attachments, embeds and components are kept as Discord sent them.
   *
   * @param id the id
   * @param channelId the channel
   * @param guildId the guild, or 0 outside guilds
   * @param authorId the author
   * @param content the text
   * @param timestampMillis when it was sent, in epoch milliseconds
   * @param editedTimestampMillis when it was last edited, in epoch milliseconds, or 0
   * @param type the message type
   * @param flags the message flags as bits
   * @param pinned whether it is pinned
   * @param mentionEveryone whether it mentions @everyone or @here
   * @param mentionedUserIds the users it mentions
   * @param mentionedRoleIds the roles it mentions
   * @param referencedMessageId the message it replies to or forwards, or 0
   * @param webhookId the webhook that sent it, or 0
   * @param attachments the attachments
   * @param embeds the embeds
   * @param components the components
   * @param reactions the reactions
   */
  record Standard(
      long id,
      long channelId,
      long guildId,
      long authorId,
      String content,
      long timestampMillis,
      long editedTimestampMillis,
      MessageType type,
      long flags,
      boolean pinned,
      boolean mentionEveryone,
      long[] mentionedUserIds,
      long[] mentionedRoleIds,
      long referencedMessageId,
      long webhookId,
      List<Attachment> attachments,
      List<Embed> embeds,
      List<Component> components,
      List<CachedReaction> reactions)
      implements CachedMessage {

    /**
     * Keeps a message's standard fields.
     *
     * @param message the message from MESSAGE_CREATE or MESSAGE_UPDATE
     * @return the cached form
     */
    public static Standard of(Message message) {
      long[] users = new long[message.mentions().size()];
      for (int i = 0; i < users.length; i++) {
        users[i] = message.mentions().get(i).user().id().value();
      }
      List<CachedReaction> reactions =
          message.reactions().map(Standard::reactions).orElse(List.of());
      return new Standard(
          message.id().value(),
          message.channelId().value(),
          Ids.orZero(message.guildId()),
          message.author().id().value(),
          message.content(),
          message.timestamp().toEpochMilli(),
          message.editedTimestamp().map(Instant::toEpochMilli).orElse(0L),
          message.type(),
          message.flagsOrNone().bits(),
          message.pinned(),
          message.mentionEveryone(),
          users,
          Ids.of(message.mentionRoles()),
          message.messageReference().map(r -> Ids.orZero(r.messageId())).orElse(0L),
          Ids.orZero(message.webhookId()),
          List.copyOf(message.attachments()),
          List.copyOf(message.embeds()),
          message.components().map(List::copyOf).orElse(List.of()),
          reactions);
    }

    private static List<CachedReaction> reactions(List<Reaction> sent) {
      return sent.stream().map(CachedReaction::of).toList();
    }

    @Override
    public CachedMessage withReactions(List<CachedReaction> reactions) {
      return new Standard(
          id,
          channelId,
          guildId,
          authorId,
          content,
          timestampMillis,
          editedTimestampMillis,
          type,
          flags,
          pinned,
          mentionEveryone,
          mentionedUserIds,
          mentionedRoleIds,
          referencedMessageId,
          webhookId,
          attachments,
          embeds,
          components,
          List.copyOf(reactions));
    }

    /**
     * Returns when the message was sent.
     *
     * @return the time
     */
    public Instant timestamp() {
      return Instant.ofEpochMilli(timestampMillis);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Standard that
          && id == that.id
          && channelId == that.channelId
          && editedTimestampMillis == that.editedTimestampMillis
          && content.equals(that.content)
          && flags == that.flags
          && pinned == that.pinned
          && java.util.Arrays.equals(mentionedUserIds, that.mentionedUserIds)
          && java.util.Arrays.equals(mentionedRoleIds, that.mentionedRoleIds)
          && attachments.equals(that.attachments)
          && embeds.equals(that.embeds)
          && components.equals(that.components)
          && reactions.equals(that.reactions);
    }

    @Override
    public int hashCode() {
      return Long.hashCode(id);
    }

    @Override
    public String toString() {
      return "CachedMessage.Standard[id="
          + id
          + ", channelId="
          + channelId
          + ", authorId="
          + authorId
          + ", reactions="
          + reactions
          + "]";
    }
  }
}
