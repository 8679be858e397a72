package dev.gloam.validate.embed;

import dev.gloam.model.channel.message.embed.Embed;
import dev.gloam.model.channel.message.embed.EmbedAuthor;
import dev.gloam.model.channel.message.embed.EmbedField;
import dev.gloam.model.channel.message.embed.EmbedFooter;
import dev.gloam.validate.Check;
import dev.gloam.validate.ValidationException;
import java.util.List;

/**
 * Checks of embeds (resources/message, "Embed Limits"): each text field has its own limit, and the
 * texts of all embeds of a message together have at most 6000 characters.
 */
public final class EmbedChecks {
  /** The most embeds of a message. */
  public static final int EMBEDS_MAX = 10;

  /**
   * The most characters of all titles, descriptions, field names and values, footer texts and
   * author names of a message together.
   */
  public static final int TOTAL_MAX = 6000;

  /** The most characters of a title. */
  public static final int TITLE_MAX = 256;

  /** The most characters of a description. */
  public static final int DESCRIPTION_MAX = 4096;

  /** The most fields of an embed. */
  public static final int FIELDS_MAX = 25;

  /** The most characters of a field's name. */
  public static final int FIELD_NAME_MAX = 256;

  /** The most characters of a field's value. */
  public static final int FIELD_VALUE_MAX = 1024;

  /** The most characters of a footer's text. */
  public static final int FOOTER_TEXT_MAX = 2048;

  /** The most characters of an author's name. */
  public static final int AUTHOR_NAME_MAX = 256;

  private EmbedChecks() {}

  /**
   * Checks the embeds of a message: their number, each embed, and their total length.
   *
   * @param field the field's path, such as {@code embeds}
   * @param embeds the embeds, or {@code null} if absent
   * @throws ValidationException if there are too many, or one or all together break a limit
   */
  public static void embeds(String field, List<Embed> embeds) {
    if (embeds == null) {
      return;
    }
    Check.count(field, embeds, 0, EMBEDS_MAX);
    int total = 0;
    for (int i = 0; i < embeds.size(); i++) {
      total += embed(field + "[" + i + "]", embeds.get(i));
    }
    if (total > TOTAL_MAX) {
      throw new ValidationException(
          field,
          ValidationException.Rule.TOO_LONG,
          TOTAL_MAX + " characters in all embeds",
          Integer.toString(total));
    }
  }

  /**
   * Checks the embeds in a message's {@code embeds} field.
   *
   * @param embeds the embeds, or {@code null} if absent
   * @throws ValidationException if there are too many, or one or all together break a limit
   */
  public static void embeds(List<Embed> embeds) {
    embeds("embeds", embeds);
  }

  /**
   * Checks one embed.
   *
   * @param field the embed's path, such as {@code embeds[0]}
   * @param embed the embed
   * @return the characters the embed counts towards {@value #TOTAL_MAX}
   * @throws ValidationException if a field of the embed breaks its limit
   */
  public static int embed(String field, Embed embed) {
    int total = 0;
    String title = embed.title().orElse(null);
    Check.maxLength(field + ".title", title, TITLE_MAX);
    total += length(title);
    String description = embed.description().orElse(null);
    Check.maxLength(field + ".description", description, DESCRIPTION_MAX);
    total += length(description);
    List<EmbedField> fields = embed.fields().orElse(null);
    Check.count(field + ".fields", fields, 0, FIELDS_MAX);
    if (fields != null) {
      for (int i = 0; i < fields.size(); i++) {
        EmbedField f = fields.get(i);
        String path = field + ".fields[" + i + "]";
        Check.length(path + ".name", f.name(), 1, FIELD_NAME_MAX);
        Check.length(path + ".value", f.value(), 1, FIELD_VALUE_MAX);
        total += length(f.name()) + length(f.value());
      }
    }
    EmbedFooter footer = embed.footer().orElse(null);
    if (footer != null) {
      Check.maxLength(field + ".footer.text", footer.text(), FOOTER_TEXT_MAX);
      total += length(footer.text());
    }
    EmbedAuthor author = embed.author().orElse(null);
    if (author != null) {
      Check.maxLength(field + ".author.name", author.name(), AUTHOR_NAME_MAX);
      total += length(author.name());
    }
    return total;
  }

  private static int length(String text) {
    return text == null ? 0 : Check.characters(text);
  }
}
