package dev.gloam.validate.message;

import dev.gloam.model.channel.message.AllowedMentionType;
import dev.gloam.model.channel.message.AllowedMentions;
import dev.gloam.validate.Check;
import dev.gloam.validate.ValidationException;
import java.util.Collection;
import java.util.List;

/** Checks of message fields (resources/message, "Create Message" and "Bulk Delete Messages"). */
public final class MessageChecks {
  /** The most characters of a message's content. */
  public static final int CONTENT_MAX = 2000;

  /** The most characters of a nonce. */
  public static final int NONCE_MAX = 25;

  /** The most stickers of a message. */
  public static final int STICKERS_MAX = 3;

  /** The most characters of an attachment's description (alt text). */
  public static final int ATTACHMENT_DESCRIPTION_MAX = 1024;

  /** The most user ids in allowed mentions. */
  public static final int ALLOWED_USERS_MAX = 100;

  /** The most role ids in allowed mentions. */
  public static final int ALLOWED_ROLES_MAX = 100;

  /** The fewest messages of a bulk delete. */
  public static final int BULK_DELETE_MIN = 2;

  /** The most messages of a bulk delete. */
  public static final int BULK_DELETE_MAX = 100;

  /** The most autocomplete choices of an interaction response. */
  public static final int AUTOCOMPLETE_CHOICES_MAX = 25;

  private MessageChecks() {}

  /**
   * Checks a message's content.
   *
   * @param content the content, or {@code null} if absent
   * @throws ValidationException if it is longer than {@value #CONTENT_MAX} characters
   */
  public static void content(String content) {
    Check.maxLength("content", content, CONTENT_MAX);
  }

  /**
   * Checks a nonce given as text.
   *
   * @param nonce the nonce, or {@code null} if absent
   * @throws ValidationException if it is longer than {@value #NONCE_MAX} characters
   */
  public static void nonce(String nonce) {
    Check.maxLength("nonce", nonce, NONCE_MAX);
  }

  /**
   * Checks the stickers of a message.
   *
   * @param stickerIds the sticker ids, or {@code null} if absent
   * @throws ValidationException if there are more than {@value #STICKERS_MAX}
   */
  public static void stickerIds(Collection<?> stickerIds) {
    Check.count("sticker_ids", stickerIds, 0, STICKERS_MAX);
  }

  /**
   * Checks an attachment's description.
   *
   * @param field the field's path, such as {@code attachments[0].description}
   * @param description the description, or {@code null} if absent
   * @throws ValidationException if it is longer than {@value #ATTACHMENT_DESCRIPTION_MAX}
   *     characters
   */
  public static void attachmentDescription(String field, String description) {
    Check.maxLength(field, description, ATTACHMENT_DESCRIPTION_MAX);
  }

  /**
   * Checks allowed mentions: at most 100 users and 100 roles, and a type in {@code parse} is not
   * combined with a list of ids of the same kind (resources/message, "Allowed Mentions Object").
   *
   * @param mentions the allowed mentions, or {@code null} if absent
   * @throws ValidationException if a list is too long or {@code parse} conflicts with a list
   */
  public static void allowedMentions(AllowedMentions mentions) {
    if (mentions == null) {
      return;
    }
    Check.count("allowed_mentions.users", mentions.users().orElse(null), 0, ALLOWED_USERS_MAX);
    Check.count("allowed_mentions.roles", mentions.roles().orElse(null), 0, ALLOWED_ROLES_MAX);
    List<AllowedMentionType> parse = mentions.parse().orElse(List.of());
    if (parse.contains(AllowedMentionType.USERS) && mentions.users().isPresent()) {
      throw new ValidationException(
          "allowed_mentions.users",
          ValidationException.Rule.NOT_ALLOWED,
          "not together with \"users\" in parse",
          "both set");
    }
    if (parse.contains(AllowedMentionType.ROLES) && mentions.roles().isPresent()) {
      throw new ValidationException(
          "allowed_mentions.roles",
          ValidationException.Rule.NOT_ALLOWED,
          "not together with \"roles\" in parse",
          "both set");
    }
  }

  /**
   * Checks the messages of a bulk delete.
   *
   * @param messageIds the message ids
   * @throws ValidationException if there are fewer than {@value #BULK_DELETE_MIN} or more than
   *     {@value #BULK_DELETE_MAX}
   */
  public static void bulkDelete(Collection<?> messageIds) {
    Check.required("messages", messageIds, "the messages to delete");
    Check.count("messages", messageIds, BULK_DELETE_MIN, BULK_DELETE_MAX);
  }

  /**
   * Checks the choices of an autocomplete response.
   *
   * @param choices the choices
   * @throws ValidationException if there are more than {@value #AUTOCOMPLETE_CHOICES_MAX}
   */
  public static void autocompleteChoices(Collection<?> choices) {
    Check.count("data.choices", choices, 0, AUTOCOMPLETE_CHOICES_MAX);
  }

  /**
   * Checks that a new message has something to show: content, embeds, components, stickers, a poll
   * or a file.
   *
   * @param hasContent whether content is set and not empty
   * @param hasEmbeds whether at least one embed is set
   * @param hasComponents whether at least one component is set
   * @param hasStickers whether at least one sticker is set
   * @param hasPoll whether a poll is set
   * @param hasFiles whether at least one file is attached
   * @throws ValidationException if none of them is
   */
  public static void notEmpty(
      boolean hasContent,
      boolean hasEmbeds,
      boolean hasComponents,
      boolean hasStickers,
      boolean hasPoll,
      boolean hasFiles) {
    if (!(hasContent || hasEmbeds || hasComponents || hasStickers || hasPoll || hasFiles)) {
      throw new ValidationException(
          "content",
          ValidationException.Rule.MISSING,
          "a message needs content, embeds, components, sticker_ids, a poll or a file",
          "none of them");
    }
  }
}
