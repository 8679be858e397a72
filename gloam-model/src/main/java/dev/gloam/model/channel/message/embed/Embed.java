package dev.gloam.model.channel.message.embed;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A block of rich content in a message: a link preview Discord generated or an embed a bot built.
 * Maps Discord's "Embed Object" (resources/message).
 *
 * <p>Every field may be absent. When sending, Discord ignores {@code type}, {@code provider},
 * {@code video} and the sizes and proxy urls of images.
 *
 * @param title the title
 * @param type the kind of embed; absent in embeds a request builds, which become {@link
 *     EmbedType#RICH}
 * @param description the main text
 * @param url the link the title points to
 * @param timestamp the moment shown in the footer
 * @param color the colour of the left border, as an RGB integer
 * @param footer the footer
 * @param image the large image
 * @param thumbnail the small image at the top right
 * @param video the video, in link previews
 * @param provider the site the preview comes from, in link previews
 * @param author the author line above the title
 * @param fields the name and value pairs, up to 25
 * @param flags the embed's flags
 */
public record Embed(
    @JsonInclude(Include.NON_ABSENT) Optional<String> title,
    @JsonInclude(Include.NON_ABSENT) Optional<EmbedType> type,
    @JsonInclude(Include.NON_ABSENT) Optional<String> description,
    @JsonInclude(Include.NON_ABSENT) Optional<String> url,
    @JsonInclude(Include.NON_ABSENT) Optional<Instant> timestamp,
    @JsonInclude(Include.NON_ABSENT) Optional<Integer> color,
    @JsonInclude(Include.NON_ABSENT) Optional<EmbedFooter> footer,
    @JsonInclude(Include.NON_ABSENT) Optional<EmbedImage> image,
    @JsonInclude(Include.NON_ABSENT) Optional<EmbedImage> thumbnail,
    @JsonInclude(Include.NON_ABSENT) Optional<EmbedVideo> video,
    @JsonInclude(Include.NON_ABSENT) Optional<EmbedProvider> provider,
    @JsonInclude(Include.NON_ABSENT) Optional<EmbedAuthor> author,
    @JsonInclude(Include.NON_ABSENT) Optional<List<EmbedField>> fields,
    @JsonInclude(Include.NON_ABSENT) Optional<EmbedFlags> flags) {

  /**
   * Returns the value of the first field with the given name, as poll result embeds carry their
   * data.
   *
   * @param name the field's name
   * @return the field's value, or empty if no field has that name
   */
  public Optional<String> fieldValue(String name) {
    return fields.orElse(List.of()).stream()
        .filter(field -> field.name().equals(name))
        .map(EmbedField::value)
        .findFirst();
  }

  /**
   * Returns the value of a field of a {@link EmbedType#POLL_RESULT poll result} embed.
   *
   * @param field the field
   * @return the field's value, or empty if the embed does not carry it
   */
  public Optional<String> fieldValue(PollResultField field) {
    return fieldValue(field.value());
  }
}
