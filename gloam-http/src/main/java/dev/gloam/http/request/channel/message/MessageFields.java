package dev.gloam.http.request.channel.message;

import dev.gloam.http.request.AttachmentFile;
import dev.gloam.model.channel.message.AllowedMentions;
import dev.gloam.model.channel.message.MessageFlags;
import dev.gloam.model.channel.message.attachment.AttachmentRequest;
import dev.gloam.model.channel.message.component.Component;
import dev.gloam.model.channel.message.embed.Embed;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.AttachmentMarker;
import dev.gloam.validate.embed.EmbedChecks;
import dev.gloam.validate.message.MessageChecks;
import java.util.Arrays;
import java.util.List;

/**
 * The setters of the message fields that every message-carrying request shares: content, embeds,
 * allowed mentions, components, flags and attachments (resources/message, "Create Message"). They
 * are written once here and used by messages, webhook messages, interaction responses and
 * follow-ups alike. Each value is checked against Discord's limits when the request is sent.
 *
 * <pre>{@code
 * client.createMessage(channelId)
 *     .content("Build finished")
 *     .embeds(embed)
 *     .attachments(AttachmentFile.of("log.txt", bytes))
 *     .send();
 * }</pre>
 *
 * @param <S> the request type, returned by each setter for chaining
 */
public interface MessageFields<S extends MessageFields<S>> {
  /**
   * Returns the message fields set so far.
   *
   * @return the draft this request sends
   */
  MessageDraft draft();

  /**
   * Sets the text, up to 2000 characters; {@code null} clears it when editing.
   *
   * @param content the text
   * @return this request
   */
  default S content(String content) {
    draft().set("content", content, () -> MessageChecks.content(content));
    return self();
  }

  /**
   * Sets the embeds, up to 10 with 6000 characters in all; {@code null} clears them when editing.
   *
   * @param embeds the embeds
   * @return this request
   */
  default S embeds(List<Embed> embeds) {
    List<Embed> copy = embeds == null ? null : List.copyOf(embeds);
    draft().set("embeds", copy, () -> EmbedChecks.embeds(copy));
    return self();
  }

  /**
   * Sets the embeds, up to 10 with 6000 characters in all.
   *
   * @param embeds the embeds
   * @return this request
   */
  default S embeds(Embed... embeds) {
    return embeds(Arrays.asList(embeds));
  }

  /**
   * Sets which mentions in the content notify their targets (resources/message, "Allowed Mentions
   * Object"); at most 100 users and 100 roles.
   *
   * @param allowedMentions the allowed mentions, or {@code null} for the default
   * @return this request
   */
  default S allowedMentions(AllowedMentions allowedMentions) {
    draft()
        .set(
            "allowed_mentions",
            allowedMentions,
            () -> MessageChecks.allowedMentions(allowedMentions));
    return self();
  }

  /**
   * Sets the components: up to 5 action rows, or with the {@code IS_COMPONENTS_V2} flag up to 40
   * layout and content components in all (components/reference); {@code null} clears them when
   * editing.
   *
   * @param components the top-level components
   * @return this request
   */
  default S components(List<Component> components) {
    draft().components(components);
    return self();
  }

  /**
   * Sets the components (see {@link #components(List)}).
   *
   * @param components the top-level components
   * @return this request
   */
  default S components(Component... components) {
    return components(Arrays.asList(components));
  }

  /**
   * Sets the message flags, such as {@link MessageFlags#SUPPRESS_EMBEDS}, {@link
   * MessageFlags#EPHEMERAL} for interaction answers or {@link MessageFlags#IS_COMPONENTS_V2}.
   *
   * @param flags the flags
   * @return this request
   */
  default S flags(MessageFlags flags) {
    draft().set("flags", flags, null);
    return self();
  }

  /**
   * Attaches files, uploaded as {@code files[n]} of a multipart body and listed with their
   * descriptions (up to 1024 characters) in {@code attachments}. Calling it again adds more files.
   *
   * @param files the files
   * @return this request
   */
  default S attachments(AttachmentFile... files) {
    draft().addFiles(List.of(files));
    return self();
  }

  /**
   * Keeps attachments the message already has when editing it; attachments not listed are removed
   * once {@code attachments} is sent. Without files, an empty list removes them all.
   *
   * @param attachmentIds the attachments to keep
   * @return this request
   */
  default S keepAttachments(List<Id<AttachmentMarker>> attachmentIds) {
    draft().keep(attachmentIds.stream().map(AttachmentRequest::keep).toList());
    return self();
  }

  /**
   * Returns this request, typed for chaining.
   *
   * @return this request
   */
  @SuppressWarnings("unchecked")
  private S self() {
    return (S) this;
  }
}
