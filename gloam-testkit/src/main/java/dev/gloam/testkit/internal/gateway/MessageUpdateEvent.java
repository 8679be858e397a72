package dev.gloam.testkit.internal.gateway;

import dev.gloam.testkit.internal.world.StoredMessage;
import dev.gloam.testkit.internal.world.World;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds the body of MESSAGE_UPDATE as one session may see it: the whole message with the extra
 * fields of MESSAGE_CREATE, the content hidden without MESSAGE_CONTENT, and {@code tts} always
 * false ({@code events/gateway-events.mdx}, "Message Update").
 */
public final class MessageUpdateEvent {

  private MessageUpdateEvent() {}

  /**
   * Builds MESSAGE_UPDATE for a session.
   *
   * @param world the world
   * @param message the message after the change
   * @param intents the receiving session's intents
   * @return the event body
   */
  public static ObjectNode build(World world, StoredMessage message, long intents) {
    ObjectNode d = MessageCreateEvent.build(world, message, intents);
    d.put("tts", false);
    return d;
  }
}
