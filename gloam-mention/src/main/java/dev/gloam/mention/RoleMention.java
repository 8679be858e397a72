package dev.gloam.mention;

import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.RoleMarker;
import java.util.Objects;
import java.util.Optional;

/**
 * A role mention, {@code <@&ID>}. Maps the "Role" row of Discord's "Message Formatting" table.
 *
 * <pre>{@code
 * RoleMention mention = RoleMention.parse("<@&165511591545143296>");
 * mention.id(); // 165511591545143296
 * }</pre>
 *
 * @param id the mentioned role
 */
public record RoleMention(Id<RoleMarker> id) implements Mention {
  /**
   * Checks the fields.
   *
   * @throws NullPointerException if {@code id} is null
   */
  public RoleMention {
    Objects.requireNonNull(id, "id");
  }

  /**
   * Reads a text that is exactly one role mention.
   *
   * @param text the text, such as {@code <@&165511591545143296>}
   * @return the mention
   * @throws MentionParseException if the text is not exactly one well-formed role mention
   */
  public static RoleMention parse(String text) {
    return MarkupReader.parseWhole(text, RoleMention.class);
  }

  /**
   * Reads a text that is exactly one role mention, or returns empty.
   *
   * @param text the text
   * @return the mention, or empty if {@link #parse(String)} would throw
   */
  public static Optional<RoleMention> tryParse(String text) {
    return MarkupReader.tryParseWhole(text, RoleMention.class);
  }

  @Override
  public String format() {
    return "<@&" + id + '>';
  }

  /** Returns the markup, as {@link #format()} does. */
  @Override
  public String toString() {
    return format();
  }
}
