package dev.gloam.mention;

import dev.gloam.model.application.command.ApplicationCommand;
import dev.gloam.model.application.command.CommandType;
import dev.gloam.model.channel.Channel;
import dev.gloam.model.guild.Member;
import dev.gloam.model.guild.Role;
import dev.gloam.model.guild.emoji.Emoji;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.CommandMarker;
import dev.gloam.model.id.marker.EmojiMarker;
import dev.gloam.model.id.marker.RoleMarker;
import dev.gloam.model.id.marker.UserMarker;
import dev.gloam.model.user.User;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Makes mentions from ids and model objects, to put into message content. Each result's {@code
 * toString()} is its markup, so it can be concatenated directly. Maps the "Message Formatting"
 * section of Discord's reference.
 *
 * <p>Whether a user or role mention notifies anyone depends on the author's permissions and on the
 * message's {@code allowed_mentions}, not on the markup.
 *
 * <pre>{@code
 * String text = "Thanks " + Mentions.user(author) + "! Try " + Mentions.command(help)
 *     + ", rules in " + Mentions.channel(rulesId)
 *     + ", event " + Mentions.timestamp(start, TimestampStyle.RELATIVE) + ".";
 * }</pre>
 */
public final class Mentions {
  private Mentions() {}

  /**
   * Mentions a user: {@code <@ID>}.
   *
   * @param id the user's id
   * @return the mention
   */
  public static UserMention user(Id<UserMarker> id) {
    return new UserMention(id, false);
  }

  /**
   * Mentions a user: {@code <@ID>}.
   *
   * @param user the user
   * @return the mention
   */
  public static UserMention user(User user) {
    return user(user.id());
  }

  /**
   * Mentions a guild member by their user: {@code <@ID>}.
   *
   * @param member the member
   * @return the mention
   * @throws IllegalArgumentException if the member has no user, as in the {@code member} of a
   *     {@code MESSAGE_CREATE}, where the user is the message's author instead
   */
  public static UserMention member(Member member) {
    return user(
        member
            .user()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "the member has no user to mention; Discord leaves it out where the user"
                            + " is sent beside the member (use Mentions.user with that user)")));
  }

  /**
   * Mentions a user in the deprecated nickname form, {@code <@!ID>}, which Discord still renders as
   * a plain user mention. Prefer {@link #user(Id)}; this exists to reproduce older markup.
   *
   * @param id the user's id
   * @return the mention
   */
  public static UserMention nickname(Id<UserMarker> id) {
    return new UserMention(id, true);
  }

  /**
   * Mentions a channel, thread or category: {@code <#ID>}.
   *
   * @param id the channel's id
   * @return the mention
   */
  public static ChannelMention channel(Id<ChannelMarker> id) {
    return new ChannelMention(id);
  }

  /**
   * Mentions a channel, thread or category: {@code <#ID>}.
   *
   * @param channel the channel
   * @return the mention
   */
  public static ChannelMention channel(Channel channel) {
    return channel(channel.id());
  }

  /**
   * Mentions a role: {@code <@&ID>}.
   *
   * @param id the role's id
   * @return the mention
   */
  public static RoleMention role(Id<RoleMarker> id) {
    return new RoleMention(id);
  }

  /**
   * Mentions a role: {@code <@&ID>}.
   *
   * @param role the role
   * @return the mention
   */
  public static RoleMention role(Role role) {
    return role(role.id());
  }

  /**
   * Shows a still custom emoji: {@code <:NAME:ID>}.
   *
   * @param name the emoji's name: 1 to 32 ASCII letters, digits and underscores
   * @param id the emoji's id
   * @return the emoji
   * @throws IllegalArgumentException if the name breaks that rule
   */
  public static EmojiMention emoji(String name, Id<EmojiMarker> id) {
    return new EmojiMention(name, id, false);
  }

  /**
   * Shows an animated custom emoji: {@code <a:NAME:ID>}.
   *
   * @param name the emoji's name: 1 to 32 ASCII letters, digits and underscores
   * @param id the emoji's id
   * @return the emoji
   * @throws IllegalArgumentException if the name breaks that rule
   */
  public static EmojiMention animatedEmoji(String name, Id<EmojiMarker> id) {
    return new EmojiMention(name, id, true);
  }

  /**
   * Shows a custom emoji as its model describes it, animated if {@code animated} is true.
   *
   * @param emoji a custom emoji, with an id and a name
   * @return the emoji
   * @throws IllegalArgumentException if the emoji is a standard unicode emoji (no id; write its
   *     name as it is), or a deleted one without a name
   */
  public static EmojiMention emoji(Emoji emoji) {
    Id<EmojiMarker> id =
        emoji
            .id()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "a unicode emoji has no id and no markup: write its name as it is"));
    String name =
        emoji
            .name()
            .orElseThrow(
                () -> new IllegalArgumentException("the emoji " + id + " has no name to show"));
    return new EmojiMention(name, id, emoji.animated().orElse(false));
  }

  /**
   * Mentions a slash command: {@code </NAME:ID>}.
   *
   * @param name the command's name
   * @param id the command's id
   * @return the mention
   * @throws IllegalArgumentException if the name breaks Discord's rule for command names
   */
  public static CommandMention command(String name, Id<CommandMarker> id) {
    return new CommandMention(name, Optional.empty(), Optional.empty(), id);
  }

  /**
   * Mentions a slash command's subcommand: {@code </NAME SUBCOMMAND:ID>}.
   *
   * @param name the command's name
   * @param subcommand the subcommand's name
   * @param id the top-level command's id
   * @return the mention
   * @throws IllegalArgumentException if a name breaks Discord's rule for command names
   */
  public static CommandMention command(String name, String subcommand, Id<CommandMarker> id) {
    return new CommandMention(name, Optional.empty(), Optional.of(subcommand), id);
  }

  /**
   * Mentions a subcommand in a group: {@code </NAME GROUP SUBCOMMAND:ID>}.
   *
   * @param name the command's name
   * @param subcommandGroup the subcommand group's name
   * @param subcommand the subcommand's name
   * @param id the top-level command's id
   * @return the mention
   * @throws IllegalArgumentException if a name breaks Discord's rule for command names
   */
  public static CommandMention command(
      String name, String subcommandGroup, String subcommand, Id<CommandMarker> id) {
    return new CommandMention(name, Optional.of(subcommandGroup), Optional.of(subcommand), id);
  }

  /**
   * Mentions a slash command as Discord returned it: {@code </NAME:ID>}.
   *
   * @param command a chat-input command
   * @return the mention
   * @throws IllegalArgumentException if the command is a user, message or entry point command,
   *     which cannot be mentioned
   */
  public static CommandMention command(ApplicationCommand command) {
    return command(checkChatInput(command).name(), command.id());
  }

  /**
   * Mentions a subcommand of a slash command as Discord returned it: {@code </NAME SUBCOMMAND:ID>}.
   *
   * @param command a chat-input command
   * @param subcommand the subcommand's name
   * @return the mention
   * @throws IllegalArgumentException if the command is not a chat-input command, or the
   *     subcommand's name breaks Discord's rule
   */
  public static CommandMention command(ApplicationCommand command, String subcommand) {
    return command(checkChatInput(command).name(), subcommand, command.id());
  }

  /**
   * Mentions a subcommand in a group of a slash command as Discord returned it.
   *
   * @param command a chat-input command
   * @param subcommandGroup the subcommand group's name
   * @param subcommand the subcommand's name
   * @return the mention
   * @throws IllegalArgumentException if the command is not a chat-input command, or a name breaks
   *     Discord's rule
   */
  public static CommandMention command(
      ApplicationCommand command, String subcommandGroup, String subcommand) {
    return command(checkChatInput(command).name(), subcommandGroup, subcommand, command.id());
  }

  /**
   * Shows a moment in each reader's time zone, in the default style: {@code <t:SECONDS>}. Parts of
   * a second are dropped (rounded towards the past).
   *
   * @param instant the moment
   * @return the timestamp
   */
  public static TimestampMention timestamp(Instant instant) {
    return new TimestampMention(instant.getEpochSecond(), Optional.empty());
  }

  /**
   * Shows a moment in each reader's time zone, in a style: {@code <t:SECONDS:STYLE>}. Parts of a
   * second are dropped (rounded towards the past).
   *
   * @param instant the moment
   * @param style how to show it
   * @return the timestamp
   */
  public static TimestampMention timestamp(Instant instant, TimestampStyle style) {
    return new TimestampMention(instant.getEpochSecond(), Optional.of(style));
  }

  /**
   * Links to a place in the server the message is in: {@code <id:TYPE>}.
   *
   * @param type where to lead
   * @return the link
   */
  public static GuildNavigationMention guildNavigation(GuildNavigationType type) {
    return new GuildNavigationMention(type, Optional.empty());
  }

  /**
   * Links to one linked role, opening its connection form: {@code <id:linked-roles:ROLE_ID>}.
   *
   * @param roleId the linked role
   * @return the link
   */
  public static GuildNavigationMention linkedRole(Id<RoleMarker> roleId) {
    return new GuildNavigationMention(GuildNavigationType.LINKED_ROLES, Optional.of(roleId));
  }

  /**
   * Returns {@code @everyone}.
   *
   * @return the mention
   */
  public static EveryoneMention everyone() {
    return EveryoneMention.EVERYONE;
  }

  /**
   * Returns {@code @here}.
   *
   * @return the mention
   */
  public static EveryoneMention here() {
    return EveryoneMention.HERE;
  }

  private static ApplicationCommand checkChatInput(ApplicationCommand command) {
    Objects.requireNonNull(command, "command");
    CommandType type = command.effectiveType();
    if (!type.equals(CommandType.CHAT_INPUT)) {
      throw new IllegalArgumentException(
          "only slash (CHAT_INPUT) commands can be mentioned, not "
              + type
              + " command "
              + command.name());
    }
    return command;
  }
}
