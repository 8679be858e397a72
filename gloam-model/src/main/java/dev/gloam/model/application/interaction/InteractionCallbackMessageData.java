package dev.gloam.model.application.interaction;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.channel.message.AllowedMentions;
import dev.gloam.model.channel.message.MessageFlags;
import dev.gloam.model.channel.message.attachment.AttachmentRequest;
import dev.gloam.model.channel.message.component.Component;
import dev.gloam.model.channel.message.embed.Embed;
import dev.gloam.model.channel.message.poll.PollCreateRequest;
import java.util.List;
import java.util.Optional;

/**
 * The message of a message response ({@code CHANNEL_MESSAGE_WITH_SOURCE}, {@code
 * DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE}, {@code UPDATE_MESSAGE}). Maps the "Messages" table of
 * Discord's "Interaction Callback Data Structure" (interactions/receiving-and-responding).
 *
 * @param tts whether the message is read aloud
 * @param content the message's text
 * @param embeds the message's embeds, up to 10
 * @param allowedMentions which mentions in the content notify
 * @param flags the message flags to set; only {@code SUPPRESS_EMBEDS}, {@code EPHEMERAL}, {@code
 *     IS_COMPONENTS_V2}, {@code IS_VOICE_MESSAGE} and {@code SUPPRESS_NOTIFICATIONS} may be set
 *     (only {@code EPHEMERAL} for a deferred response)
 * @param components the message's components
 * @param attachments the partial attachments: files uploaded with the response, or kept ones
 * @param poll the poll to create with the message
 */
public record InteractionCallbackMessageData(
    @JsonInclude(Include.NON_ABSENT) Optional<Boolean> tts,
    @JsonInclude(Include.NON_ABSENT) Optional<String> content,
    @JsonInclude(Include.NON_ABSENT) Optional<List<Embed>> embeds,
    @JsonInclude(Include.NON_ABSENT) Optional<AllowedMentions> allowedMentions,
    @JsonInclude(Include.NON_ABSENT) Optional<MessageFlags> flags,
    @JsonInclude(Include.NON_ABSENT) Optional<List<Component>> components,
    @JsonInclude(Include.NON_ABSENT) Optional<List<AttachmentRequest>> attachments,
    @JsonInclude(Include.NON_ABSENT) Optional<PollCreateRequest> poll) {

  /**
   * Returns message data with only text.
   *
   * @param content the text
   * @return the data
   */
  public static InteractionCallbackMessageData ofContent(String content) {
    return new InteractionCallbackMessageData(
        Optional.empty(),
        Optional.of(content),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }
}
