package dev.gloam.mention;

import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.RoleMarker;
import java.util.Objects;
import java.util.Optional;

/**
 * A link to a place in the current server: {@code <id:customize>}, {@code <id:browse>}, {@code
 * <id:guide>}, {@code <id:linked-roles>}, or one linked role, {@code <id:linked-roles:ROLE_ID>}.
 * Maps the "Guild navigation" row and the "Guild Navigation Types" table of Discord's "Message
 * Formatting" section.
 *
 * <pre>{@code
 * GuildNavigationMention link = GuildNavigationMention.parse("<id:linked-roles:1234>");
 * link.type();   // LINKED_ROLES
 * link.roleId(); // Optional[1234]
 * }</pre>
 *
 * @param type where the link leads
 * @param roleId the linked role to open; only with {@link GuildNavigationType#LINKED_ROLES}
 */
public record GuildNavigationMention(GuildNavigationType type, Optional<Id<RoleMarker>> roleId)
    implements Mention {
  /**
   * Checks the fields.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a role id is given with a type other than {@link
   *     GuildNavigationType#LINKED_ROLES}
   */
  public GuildNavigationMention {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(roleId, "roleId");
    if (roleId.isPresent() && type != GuildNavigationType.LINKED_ROLES) {
      throw new IllegalArgumentException(
          "only linked-roles navigation takes a role id, not " + type.value());
    }
  }

  /**
   * Reads a text that is exactly one guild navigation link.
   *
   * @param text the text, such as {@code <id:browse>}
   * @return the link
   * @throws MentionParseException if the text is not exactly one well-formed navigation link
   */
  public static GuildNavigationMention parse(String text) {
    return MarkupReader.parseWhole(text, GuildNavigationMention.class);
  }

  /**
   * Reads a text that is exactly one guild navigation link, or returns empty.
   *
   * @param text the text
   * @return the link, or empty if {@link #parse(String)} would throw
   */
  public static Optional<GuildNavigationMention> tryParse(String text) {
    return MarkupReader.tryParseWhole(text, GuildNavigationMention.class);
  }

  @Override
  public String format() {
    return roleId
        .map(role -> "<id:" + type.value() + ':' + role + '>')
        .orElse("<id:" + type.value() + '>');
  }

  /** Returns the markup, as {@link #format()} does. */
  @Override
  public String toString() {
    return format();
  }
}
