package dev.gloam.http.request.channel.thread;

import dev.gloam.model.channel.message.AllowedMentions;
import dev.gloam.model.channel.message.MessageFlags;
import dev.gloam.model.channel.message.attachment.AttachmentRequest;
import dev.gloam.model.channel.message.component.Component;
import dev.gloam.model.channel.message.embed.Embed;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.StickerMarker;
import dev.gloam.validate.thread.ForumMessageChecks;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The first message of a forum or media post, the {@code message} field of {@link CreateThread}.
 * Maps the "Forum and Media Thread Message Params Object" (resources/channel). It needs at least
 * one of content, embeds, components, stickers or files; files are attached to the request with
 * {@link CreateThread#attachments}.
 *
 * <pre>{@code
 * client.createThread(forumId, "Patch notes")
 *     .message(new ForumThreadMessage().content("What changed in 1.2"))
 *     .send();
 * }</pre>
 */
public final class ForumThreadMessage {
  private final Map<String, Object> fields = new LinkedHashMap<>();
  private String content;
  private List<Embed> embeds;
  private List<Id<StickerMarker>> stickerIds;
  private List<Component> components;
  private List<AttachmentRequest> attachments;

  /** Creates an empty message; set at least one of its contents. */
  public ForumThreadMessage() {}

  /**
   * Sets the text, up to 2000 characters.
   *
   * @param content the text
   * @return this message
   */
  public ForumThreadMessage content(String content) {
    this.content = content;
    fields.put("content", content);
    return this;
  }

  /**
   * Sets the embeds: up to 10, with up to 6000 characters together.
   *
   * @param embeds the embeds
   * @return this message
   */
  public ForumThreadMessage embeds(List<Embed> embeds) {
    this.embeds = embeds;
    fields.put("embeds", embeds);
    return this;
  }

  /**
   * Sets which mentions in the text notify.
   *
   * @param allowedMentions the allowed mentions
   * @return this message
   */
  public ForumThreadMessage allowedMentions(AllowedMentions allowedMentions) {
    fields.put("allowed_mentions", allowedMentions);
    return this;
  }

  /**
   * Sets the components (buttons, selects, or the layout components of {@code IS_COMPONENTS_V2}
   * messages).
   *
   * @param components the top-level components
   * @return this message
   */
  public ForumThreadMessage components(List<Component> components) {
    this.components = components;
    fields.put("components", components);
    return this;
  }

  /**
   * Sets the stickers of the guild to send, up to 3.
   *
   * @param stickerIds the stickers' ids
   * @return this message
   */
  public ForumThreadMessage stickerIds(List<Id<StickerMarker>> stickerIds) {
    this.stickerIds = stickerIds;
    fields.put("sticker_ids", stickerIds);
    return this;
  }

  /**
   * Sets the metadata of the attached files (up to 10), such as alt text. Without it, the request
   * describes each file of {@link CreateThread#attachments} by its name and description.
   *
   * @param attachments the metadata, with ids {@code "0"}, {@code "1"}, ... for {@code files[n]}
   * @return this message
   */
  public ForumThreadMessage attachments(List<AttachmentRequest> attachments) {
    this.attachments = attachments;
    fields.put("attachments", attachments);
    return this;
  }

  /**
   * Sets the message's flags; Discord accepts only {@code SUPPRESS_EMBEDS}, {@code
   * SUPPRESS_NOTIFICATIONS} and {@code IS_COMPONENTS_V2} here.
   *
   * @param flags the flags
   * @return this message
   */
  public ForumThreadMessage flags(MessageFlags flags) {
    fields.put("flags", flags);
    return this;
  }

  /** Returns the fields set so far, as they are written into the request's body. */
  Map<String, Object> fields() {
    return Collections.unmodifiableMap(fields);
  }

  /** Returns whether the metadata of the attached files was set explicitly. */
  boolean hasAttachments() {
    return attachments != null;
  }

  /** Checks the message's limits; {@code files} is the number of files attached to the request. */
  void validate(int files) {
    ForumMessageChecks.content(content);
    ForumMessageChecks.embeds(embeds);
    ForumMessageChecks.stickerIds(stickerIds);
    ForumMessageChecks.attachments(Math.max(files, attachments == null ? 0 : attachments.size()));
    ForumMessageChecks.notEmpty(
        (content != null && !content.isEmpty())
            || (embeds != null && !embeds.isEmpty())
            || (stickerIds != null && !stickerIds.isEmpty())
            || (components != null && !components.isEmpty())
            || files > 0);
  }

  /** Describes which fields are set, without their values. */
  @Override
  public String toString() {
    return "ForumThreadMessage" + fields.keySet();
  }
}
