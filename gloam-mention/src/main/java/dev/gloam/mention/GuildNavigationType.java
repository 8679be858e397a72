package dev.gloam.mention;

import java.util.Optional;

/**
 * Where a {@link GuildNavigationMention} leads in the server the message is in: the word after
 * {@code <id:}. Maps Discord's "Guild Navigation Types" table.
 *
 * <p>The set is closed: the client does not link a word it does not know, so the parser rejects one
 * ({@link MentionParseException.Kind#UNKNOWN_NAVIGATION_TYPE}).
 */
public enum GuildNavigationType {
  /** {@code customize}: the Channels &amp; Roles tab, with the onboarding prompts. */
  CUSTOMIZE("customize"),
  /** {@code browse}: the Browse Channels tab. */
  BROWSE("browse"),
  /** {@code guide}: the Server Guide tab. */
  GUIDE("guide"),
  /** {@code linked-roles}: the Linked Roles tab, or with a role id that role's connection form. */
  LINKED_ROLES("linked-roles");

  private final String value;

  GuildNavigationType(String value) {
    this.value = value;
  }

  /**
   * Returns the word that names the type in the markup.
   *
   * @return the word, such as {@code "linked-roles"}
   */
  public String value() {
    return value;
  }

  /**
   * Returns the type a word names; words are case sensitive.
   *
   * @param value the word from the markup
   * @return the type, or empty if Discord lists none for the word
   */
  public static Optional<GuildNavigationType> fromValue(String value) {
    for (GuildNavigationType type : values()) {
      if (type.value.equals(value)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
