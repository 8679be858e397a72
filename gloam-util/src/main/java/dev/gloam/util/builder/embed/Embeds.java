package dev.gloam.util.builder.embed;

import dev.gloam.model.channel.message.embed.Embed;
import dev.gloam.validate.Check;
import dev.gloam.validate.ValidationException;
import dev.gloam.validate.embed.EmbedChecks;
import java.util.Arrays;
import java.util.List;

/**
 * The embeds of one message, checked together: at most {@value EmbedChecks#EMBEDS_MAX}, and at most
 * {@value EmbedChecks#TOTAL_MAX} characters of titles, descriptions, field names and values, footer
 * texts and author names in all of them (resources/message, "Embed Limits"). Each {@link
 * EmbedBuilder} checks its own embed; only the list knows the message's total.
 *
 * <pre>{@code
 * List<Embed> embeds = Embeds.of(summary, details); // throws if the two exceed 6000 characters
 * }</pre>
 */
public final class Embeds {
  private Embeds() {}

  /**
   * Returns the embeds of a message as an immutable list after checking them together.
   *
   * @param embeds the embeds
   * @return the list
   * @throws ValidationException ({@code embeds}, {@code embeds[1].title}, ...) if there are too
   *     many, one breaks a limit, or all together are too long
   */
  public static List<Embed> of(Embed... embeds) {
    Check.required("embeds", embeds, "a list of embeds");
    return of(Arrays.asList(embeds));
  }

  /**
   * Returns the embeds of a message as an immutable list after checking them together.
   *
   * @param embeds the embeds
   * @return the list
   * @throws ValidationException ({@code embeds}, {@code embeds[1].title}, ...) if there are too
   *     many, one breaks a limit, or all together are too long
   */
  public static List<Embed> of(List<Embed> embeds) {
    Check.required("embeds", embeds, "a list of embeds");
    for (int i = 0; i < embeds.size(); i++) {
      Check.required("embeds[" + i + "]", embeds.get(i), "an embed");
    }
    List<Embed> copy = List.copyOf(embeds);
    EmbedChecks.embeds("embeds", copy);
    return copy;
  }

  /**
   * Returns how many characters an embed counts towards a message's total of {@value
   * EmbedChecks#TOTAL_MAX}.
   *
   * @param embed the embed
   * @return the characters of its title, description, fields, footer text and author name
   * @throws ValidationException if a field of the embed breaks its own limit
   */
  public static int length(Embed embed) {
    Check.required("embed", embed, "an embed");
    return EmbedChecks.embed("embed", embed);
  }
}
