package dev.gloam.model.channel.message.embed;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.StringEnum;
import dev.gloam.model.value.StringEnumRegistry;

/**
 * The kind of an embed. Maps Discord's "Embed Types" table (resources/message); embeds that bots
 * and webhooks send are always {@link #RICH}.
 *
 * <p>An open enum: strings Discord adds later parse to an unnamed instance that keeps the string.
 */
public final class EmbedType extends StringEnum {
  private static final StringEnumRegistry<EmbedType> VALUES =
      new StringEnumRegistry<>(value -> new EmbedType(value, false));

  /** An embed built from its own fields ({@code "rich"}). */
  public static final EmbedType RICH = VALUES.register(new EmbedType("rich", true));

  /** An image ({@code "image"}). */
  public static final EmbedType IMAGE = VALUES.register(new EmbedType("image", true));

  /** A video ({@code "video"}). */
  public static final EmbedType VIDEO = VALUES.register(new EmbedType("video", true));

  /** An animated GIF shown as a video ({@code "gifv"}). */
  public static final EmbedType GIFV = VALUES.register(new EmbedType("gifv", true));

  /** An article ({@code "article"}). */
  public static final EmbedType ARTICLE = VALUES.register(new EmbedType("article", true));

  /** A link ({@code "link"}). */
  public static final EmbedType LINK = VALUES.register(new EmbedType("link", true));

  /** The results of a finished poll, described in its fields ({@code "poll_result"}). */
  public static final EmbedType POLL_RESULT = VALUES.register(new EmbedType("poll_result", true));

  private EmbedType(String value, boolean known) {
    super(value, known);
  }

  /**
   * Returns the value with the given raw string, named if gloam knows it.
   *
   * @param value the raw value
   * @return the constant, or an unnamed instance for an unknown string
   */
  @JsonCreator
  public static EmbedType of(String value) {
    return VALUES.of(value);
  }

  @JsonValue
  private String wire() {
    return value();
  }
}
