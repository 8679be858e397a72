package dev.gloam.testkit.internal.world;

import tools.jackson.databind.node.ObjectNode;

/**
 * A channel found by id, with the guild it belongs to.
 *
 * @param guild the guild
 * @param channel a copy of the channel object
 */
public record GuildChannel(Guild guild, ObjectNode channel) {

  /**
   * Returns the channel's id.
   *
   * @return the snowflake
   */
  public long id() {
    return Long.parseUnsignedLong(channel.get("id").stringValue());
  }

  /**
   * Returns the guild's id.
   *
   * @return the snowflake
   */
  public long guildId() {
    return guild.id();
  }

  /**
   * Returns the channel's name.
   *
   * @return the name, without {@code #}
   */
  public String name() {
    return channel.path("name").asString("");
  }

  /**
   * Returns the channel type.
   *
   * @return for example 0 for a text channel, 11 for a public thread
   */
  public int type() {
    return channel.path("type").asInt();
  }

  /**
   * Tells whether the channel is a thread.
   *
   * @return true for the thread types 10, 11 and 12
   */
  public boolean isThread() {
    return Channels.isThread(type());
  }
}
