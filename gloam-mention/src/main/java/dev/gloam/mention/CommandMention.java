package dev.gloam.mention;

import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.CommandMarker;
import java.util.Objects;
import java.util.Optional;

/**
 * A slash command mention, {@code </NAME:ID>}, with an optional subcommand, {@code </NAME
 * SUBCOMMAND:ID>}, or subcommand group and subcommand, {@code </NAME GROUP SUBCOMMAND:ID>}. Maps
 * the "Slash command" rows of Discord's "Message Formatting" table; clicking one fills the command
 * into the message box.
 *
 * <p>Each word follows Discord's rule for chat-input command names: 1 to 32 letters, digits, {@code
 * -}, {@code _} or {@code '}, in lower case where a letter has a lower-case form. The id is always
 * the top-level command's.
 *
 * <pre>{@code
 * CommandMention ban = CommandMention.parse("</mod ban:123456789012345678>");
 * ban.name();          // "mod"
 * ban.subcommand();    // Optional[ban]
 * ban.qualifiedName(); // "mod ban"
 * }</pre>
 *
 * @param name the top-level command's name
 * @param subcommandGroup the subcommand group's name; only together with a subcommand
 * @param subcommand the subcommand's name
 * @param id the top-level command's id
 */
public record CommandMention(
    String name,
    Optional<String> subcommandGroup,
    Optional<String> subcommand,
    Id<CommandMarker> id)
    implements Mention {
  /**
   * Checks the fields.
   *
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if a name breaks Discord's naming rule, or a group is given
   *     without a subcommand
   */
  public CommandMention {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(subcommandGroup, "subcommandGroup");
    Objects.requireNonNull(subcommand, "subcommand");
    Objects.requireNonNull(id, "id");
    Names.checkCommandName("name", name);
    subcommandGroup.ifPresent(group -> Names.checkCommandName("subcommandGroup", group));
    subcommand.ifPresent(sub -> Names.checkCommandName("subcommand", sub));
    if (subcommandGroup.isPresent() && subcommand.isEmpty()) {
      throw new IllegalArgumentException(
          "a subcommand group is mentioned together with one of its subcommands, not alone");
    }
  }

  /**
   * Reads a text that is exactly one slash command mention.
   *
   * @param text the text, such as {@code </airhorn:816437322781949972>}
   * @return the mention
   * @throws MentionParseException if the text is not exactly one well-formed command mention
   */
  public static CommandMention parse(String text) {
    return MarkupReader.parseWhole(text, CommandMention.class);
  }

  /**
   * Reads a text that is exactly one slash command mention, or returns empty.
   *
   * @param text the text
   * @return the mention, or empty if {@link #parse(String)} would throw
   */
  public static Optional<CommandMention> tryParse(String text) {
    return MarkupReader.tryParseWhole(text, CommandMention.class);
  }

  /**
   * Returns the words a user types after the slash, separated by single spaces.
   *
   * @return the name, such as {@code "mod warnings clear"}
   */
  public String qualifiedName() {
    StringBuilder words = new StringBuilder(name);
    subcommandGroup.ifPresent(group -> words.append(' ').append(group));
    subcommand.ifPresent(sub -> words.append(' ').append(sub));
    return words.toString();
  }

  @Override
  public String format() {
    return "</" + qualifiedName() + ':' + id + '>';
  }

  /** Returns the markup, as {@link #format()} does. */
  @Override
  public String toString() {
    return format();
  }
}
