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
    permits ChannelCreate,
        ChannelDelete,
        ChannelPinsUpdate,
        ChannelUpdate,
        GuildBanAdd,
        GuildBanRemove,
        GuildCreate,
        GuildDelete,
        GuildIntegrationsUpdate,
        GuildMemberRemove,
        GuildRoleCreate,
        GuildRoleDelete,
        GuildRoleUpdate,
        GuildScheduledEventUserAdd,
        GuildScheduledEventUserRemove,
        GuildSoundboardSoundDelete,
        GuildUpdate,
        HeartbeatAck,
        HeartbeatRequest,
        Hello,
        IntegrationDelete,
        InvalidSession,
        InviteDelete,
        MessageCreate,
        MessageDelete,
        MessageDeleteBulk,
        MessagePollVoteAdd,
        MessagePollVoteRemove,
        MessageReactionRemoveAll,
        MessageReactionRemoveEmoji,
        MessageUpdate,
        PresenceUpdate,
        RateLimited,
        Ready,
        Reconnect,
        Resumed,
        ThreadCreate,
        ThreadDelete,
        ThreadUpdate,
        TypingStart,
        UserUpdate,
        VoiceChannelEffectSend,
        VoiceChannelStartTimeUpdate,
        VoiceChannelStatusUpdate,
        WebhooksUpdate {

  /**
   * Returns the kind of this event.
   *
   * @return the event's type
   */
  EventType kind();
}
