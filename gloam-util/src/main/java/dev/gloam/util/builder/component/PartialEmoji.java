package dev.gloam.util.builder.component;

import dev.gloam.model.guild.emoji.Emoji;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.EmojiMarker;
import dev.gloam.validate.Check;
import dev.gloam.validate.ValidationException;
import java.util.Optional;

/**
 * The partial emoji that buttons and select options show: {@code id}, {@code name} and {@code
 * animated} of the model's {@link Emoji} (components/reference, "Button").
 *
 * <pre>{@code
 * ButtonBuilder.primary("like").emoji(PartialEmoji.unicode("👍"));
 * ButtonBuilder.primary("gloam").emoji(PartialEmoji.custom(Id.of(41771983429993937L), "gloam"));
 * }</pre>
 */
public final class PartialEmoji {
  private PartialEmoji() {}

  /**
   * A standard emoji, by its character(s).
   *
   * @param emoji the emoji itself, such as {@code "🔥"}
   * @return the partial emoji
   * @throws ValidationException ({@code emoji.name}) if it is missing or empty
   */
  public static Emoji unicode(String emoji) {
    Check.required("emoji.name", emoji, "the emoji's character");
    Check.length("emoji.name", emoji, 1, Integer.MAX_VALUE);
    return emoji(Optional.empty(), emoji, Optional.empty());
  }

  /**
   * A custom emoji of a guild or of the application.
   *
   * @param id the emoji's id
   * @param name the emoji's name
   * @return the partial emoji
   * @throws ValidationException ({@code emoji.id}, {@code emoji.name}) if one is missing
   */
  public static Emoji custom(Id<EmojiMarker> id, String name) {
    Check.required("emoji.id", id, "a custom emoji's id");
    Check.required("emoji.name", name, "a custom emoji's name");
    return emoji(Optional.of(id), name, Optional.empty());
  }

  /**
   * An animated custom emoji.
   *
   * @param id the emoji's id
   * @param name the emoji's name
   * @return the partial emoji, marked animated
   * @throws ValidationException ({@code emoji.id}, {@code emoji.name}) if one is missing
   */
  public static Emoji animated(Id<EmojiMarker> id, String name) {
    Check.required("emoji.id", id, "a custom emoji's id");
    Check.required("emoji.name", name, "a custom emoji's name");
    return emoji(Optional.of(id), name, Optional.of(true));
  }

  private static Emoji emoji(
      Optional<Id<EmojiMarker>> id, String name, Optional<Boolean> animated) {
    return new Emoji(
        id,
        Optional.of(name),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        animated,
        Optional.empty());
  }
}
