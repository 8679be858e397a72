package dev.gloam.mention;

import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.UserMarker;
import java.util.Objects;
import java.util.Optional;

/**
 * A user mention, {@code <@USER_ID>}, or its older nickname form {@code <@!USER_ID>}. Maps the
 * "User" rows of Discord's "Message Formatting" table.
 *
 * <p>Discord deprecated the nickname form and treats it like a plain user mention; it is kept apart
 * here only so that a parsed mention formats back to the same text. Compare {@link #id()} to find
 * the user whichever form was used.
 *
 * <pre>{@code
 * UserMention mention = UserMention.parse("<@!80351110224678912>");
 * mention.id();           // 80351110224678912
 * mention.nicknameForm(); // true
 * }</pre>
 *
 * @param id the mentioned user
 * @param nicknameForm whether the markup has the deprecated exclamation mark
 */
public record UserMention(Id<UserMarker> id, boolean nicknameForm) implements Mention {
  /**
   * Checks the fields.
   *
   * @throws NullPointerException if {@code id} is null
   */
  public UserMention {
    Objects.requireNonNull(id, "id");
  }

  /**
   * Reads a text that is exactly one user mention, in either form.
   *
   * @param text the text, such as {@code <@80351110224678912>}
   * @return the mention
   * @throws MentionParseException if the text is not exactly one well-formed user mention
   */
  public static UserMention parse(String text) {
    return MarkupReader.parseWhole(text, UserMention.class);
  }

  /**
   * Reads a text that is exactly one user mention, or returns empty.
   *
   * @param text the text
   * @return the mention, or empty if {@link #parse(String)} would throw
   */
  public static Optional<UserMention> tryParse(String text) {
    return MarkupReader.tryParseWhole(text, UserMention.class);
  }

  @Override
  public String format() {
    return (nicknameForm ? "<@!" : "<@") + id + '>';
  }

  /** Returns the markup, as {@link #format()} does. */
  @Override
  public String toString() {
    return format();
  }
}
