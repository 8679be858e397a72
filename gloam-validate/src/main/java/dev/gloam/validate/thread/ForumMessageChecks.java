package dev.gloam.validate.thread;

import dev.gloam.model.channel.message.embed.Embed;
import dev.gloam.model.channel.message.embed.EmbedField;
import dev.gloam.validate.Check;
import dev.gloam.validate.ValidationException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Checks of the first message of a forum or media post (resources/channel, "Forum and Media Thread
 * Message Params Object"). Only the limits of the message as a whole are checked here; the limits
 * of each embed field and component belong to the message checks.
 */
public final class ForumMessageChecks {
  /** The most characters the text may have. */
  public static final int CONTENT_MAX = 2000;

  /** The most embeds the message may have. */
  public static final int EMBEDS_MAX = 10;

  /** The most characters all embeds together may have. */
  public static final int EMBEDS_TOTAL_MAX = 6000;

  /** The most stickers the message may have. */
  public static final int STICKERS_MAX = 3;

  /** The most attachments the message may have. */
  public static final int ATTACHMENTS_MAX = 10;

  private ForumMessageChecks() {}

  /**
   * Checks the text.
   *
   * @param content the text, or {@code null} if not set
   * @throws ValidationException if it is longer than {@value #CONTENT_MAX} characters
   */
  public static void content(String content) {
    Check.maxLength("message.content", content, CONTENT_MAX);
  }

  /**
   * Checks the number of embeds and their total length (titles, descriptions, field names and
   * values, footer texts and author names).
   *
   * @param embeds the embeds, or {@code null} if not set
   * @throws ValidationException if there are more than {@value #EMBEDS_MAX}, or they have more than
   *     {@value #EMBEDS_TOTAL_MAX} characters together
   */
  public static void embeds(List<Embed> embeds) {
    Check.count("message.embeds", embeds, 0, EMBEDS_MAX);
    if (embeds == null) {
      return;
    }
    long total = 0;
    for (Embed embed : embeds) {
      total += length(embed.title()) + length(embed.description());
      total += embed.footer().map(f -> Check.characters(f.text())).orElse(0);
      total += embed.author().map(a -> Check.characters(a.name())).orElse(0);
      for (EmbedField field : embed.fields().orElse(List.of())) {
        total += Check.characters(field.name()) + Check.characters(field.value());
      }
    }
    if (total > EMBEDS_TOTAL_MAX) {
      throw new ValidationException(
          "message.embeds",
          ValidationException.Rule.TOO_LONG,
          Integer.toString(EMBEDS_TOTAL_MAX),
          Long.toString(total));
    }
  }

  /**
   * Checks the number of stickers.
   *
   * @param stickerIds the sticker ids, or {@code null} if not set
   * @throws ValidationException if there are more than {@value #STICKERS_MAX}
   */
  public static void stickerIds(Collection<?> stickerIds) {
    Check.count("message.sticker_ids", stickerIds, 0, STICKERS_MAX);
  }

  /**
   * Checks the number of attachments.
   *
   * @param count the number of attachments (uploads and kept files)
   * @throws ValidationException if there are more than {@value #ATTACHMENTS_MAX}
   */
  public static void attachments(int count) {
    Check.range("message.attachments", count, 0, ATTACHMENTS_MAX);
  }

  /**
   * Checks that the message has something to show.
   *
   * @param hasContent whether it has text, embeds, stickers, components or files
   * @throws ValidationException if it has none of them
   */
  public static void notEmpty(boolean hasContent) {
    Check.required(
        "message.content",
        hasContent ? "" : null,
        "a message needs content, embeds, components, stickers or files");
  }

  private static int length(Optional<String> text) {
    return text.map(Check::characters).orElse(0);
  }
}
