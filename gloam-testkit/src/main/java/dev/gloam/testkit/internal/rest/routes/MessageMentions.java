package dev.gloam.testkit.internal.rest.routes;

import dev.gloam.testkit.internal.world.GuildChannel;
import dev.gloam.testkit.internal.world.PermissionCalculator;
import dev.gloam.testkit.internal.world.Permissions;
import dev.gloam.testkit.internal.world.User;
import dev.gloam.testkit.internal.world.World;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the mentions out of a message's text again after an edit ({@code resources/message.mdx},
 * "Edit Message": {@code mentions} and {@code mention_everyone} are rebuilt from the new content).
 */
public final class MessageMentions {

  private static final Pattern USER_MENTION = Pattern.compile("<@!?(\\d{1,20})>");

  private MessageMentions() {}

  /**
   * The users a text mentions, each once, in order of appearance.
   *
   * @param world the world
   * @param content the text
   * @return the users that exist
   */
  public static List<User> users(World world, String content) {
    List<User> mentioned = new ArrayList<>();
    Matcher matcher = USER_MENTION.matcher(content);
    while (matcher.find()) {
      try {
        world
            .user(Long.parseUnsignedLong(matcher.group(1)))
            .filter(user -> !mentioned.contains(user))
            .ifPresent(mentioned::add);
      } catch (NumberFormatException e) {
        // Too large for a snowflake: Discord shows it as text.
      }
    }
    return mentioned;
  }

  /**
   * Tells whether a text mentions everyone: it says {@code @everyone} or {@code @here} and the
   * author has MENTION_EVERYONE in the channel.
   *
   * @param world the world
   * @param channel the channel
   * @param authorId the author
   * @param content the text
   * @return true if the mention counts
   */
  public static boolean everyone(World world, GuildChannel channel, long authorId, String content) {
    return (content.contains("@everyone") || content.contains("@here"))
        && (PermissionCalculator.inChannel(
                    channel.guild(), channel.channel(), authorId, world.now())
                & Permissions.MENTION_EVERYONE)
            != 0;
  }
}
