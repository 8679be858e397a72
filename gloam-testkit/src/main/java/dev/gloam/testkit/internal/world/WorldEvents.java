package dev.gloam.testkit.internal.world;

import java.util.function.LongFunction;
import tools.jackson.databind.node.ObjectNode;

/**
 * Where the world sends the gateway events its changes cause. The gateway decides which sessions
 * get each one (shard, intents); the world only says what happened.
 */
public interface WorldEvents {

  /** Sends nowhere: a world with no gateway attached. */
  WorldEvents NONE =
      new WorldEvents() {
        @Override
        public void guildEvent(long guildId, String type, LongFunction<ObjectNode> body) {}

        @Override
        public void userEvent(String type, ObjectNode body) {}
      };

  /**
   * An event about a guild, for the sessions of the guild's shard whose intents allow it.
   *
   * @param guildId the guild
   * @param type the event name, for example {@code GUILD_ROLE_CREATE}
   * @param body builds the body for a session from its intents (for MESSAGE_CONTENT blanking); may
   *     return null to skip that session
   */
  void guildEvent(long guildId, String type, LongFunction<ObjectNode> body);

  /**
   * An event that belongs to no guild (for example USER_UPDATE), for the sessions of shard 0.
   *
   * @param type the event name
   * @param body the body; each session gets a copy
   */
  void userEvent(String type, ObjectNode body);
}
