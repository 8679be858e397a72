package dev.gloam.model.channel.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.MessageMarker;
import java.util.Optional;

/**
 * Where a message comes from or what it points at: the original of a crosspost, the followed
 * channel, the pinned message, the message replied to or forwarded. Maps Discord's "Message
 * Reference Structure" (resources/message); the same shape is sent to make a reply or a forward.
 *
 * @param type how the reference is used; when absent, {@link MessageReferenceType#DEFAULT}
 * @param messageId the message pointed at
 * @param channelId that message's channel; always sent by Discord, optional in replies one sends,
 *     required in forwards
 * @param guildId that message's guild
 * @param failIfNotExists when sending a reply, whether a missing message is an error rather than
 *     sending a plain message (Discord's default is {@code true})
 */
public record MessageReference(
    @JsonInclude(Include.NON_ABSENT) Optional<MessageReferenceType> type,
    @JsonInclude(Include.NON_ABSENT) Optional<Id<MessageMarker>> messageId,
    @JsonInclude(Include.NON_ABSENT) Optional<Id<ChannelMarker>> channelId,
    @JsonInclude(Include.NON_ABSENT) Optional<Id<GuildMarker>> guildId,
    @JsonInclude(Include.NON_ABSENT) Optional<Boolean> failIfNotExists) {

  /**
   * Creates the reference that makes a message a reply.
   *
   * @param messageId the message to reply to, in the same channel
   * @return the reference
   */
  public static MessageReference reply(Id<MessageMarker> messageId) {
    return new MessageReference(
        Optional.empty(),
        Optional.of(messageId),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /**
   * Creates the reference that makes a message a forward of another.
   *
   * @param channelId the channel of the message to forward
   * @param messageId the message to forward
   * @return the reference
   */
  public static MessageReference forward(Id<ChannelMarker> channelId, Id<MessageMarker> messageId) {
    return new MessageReference(
        Optional.of(MessageReferenceType.FORWARD),
        Optional.of(messageId),
        Optional.of(channelId),
        Optional.empty(),
        Optional.empty());
  }
}
