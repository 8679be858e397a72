package dev.gloam.model.gateway.event;

/**
 * Something the gateway sent: a dispatch such as {@link MessageCreate} or a gateway control payload
 * such as {@link Hello}. Maps Discord's "Receive Events" (events/gateway-events).
 *
 * <p>The interface is sealed, so a {@code switch} over events is checked for exhaustiveness:
 *
 * <pre>{@code
 * switch (event) {
 *   case MessageCreate m when m.content().equals("!ping") -> reply(m.channelId());
 *   case Ready r -> System.out.println("ready as " + r.user().username());
 *   default -> {}
 * }
 * }</pre>
 */
public sealed interface Event
    permits GuildCreate,
        HeartbeatAck,
        HeartbeatRequest,
        Hello,
        InvalidSession,
        MessageCreate,
        Ready,
        Reconnect,
        Resumed {

  /**
   * Returns the kind of this event.
   *
   * @return the event's type
   */
  EventType kind();
}
