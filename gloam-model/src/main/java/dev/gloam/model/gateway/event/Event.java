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
    permits ApplicationCommandPermissionsUpdate,
        AutoModerationActionExecution,
        AutoModerationRuleCreate,
        AutoModerationRuleDelete,
        AutoModerationRuleUpdate,
        ChannelCreate,
        ChannelDelete,
        ChannelInfo,
        ChannelPinsUpdate,
        ChannelUpdate,
        EntitlementCreate,
        EntitlementDelete,
        EntitlementUpdate,
        GuildAuditLogEntryCreate,
        GuildBanAdd,
        GuildBanRemove,
        GuildCreate,
        GuildDelete,
        GuildEmojisUpdate,
        GuildIntegrationsUpdate,
        GuildMemberAdd,
        GuildMemberRemove,
        GuildMemberUpdate,
        GuildMembersChunk,
        GuildRoleCreate,
        GuildRoleDelete,
        GuildRoleUpdate,
        GuildScheduledEventCreate,
        GuildScheduledEventDelete,
        GuildScheduledEventUpdate,
        GuildScheduledEventUserAdd,
        GuildScheduledEventUserRemove,
        GuildSoundboardSoundCreate,
        GuildSoundboardSoundDelete,
        GuildSoundboardSoundUpdate,
        GuildSoundboardSoundsUpdate,
        GuildStickersUpdate,
        GuildUpdate,
        HeartbeatAck,
        HeartbeatRequest,
        Hello,
        IntegrationCreate,
        IntegrationDelete,
        IntegrationUpdate,
        InteractionCreate,
        InvalidSession,
        InviteCreate,
        InviteDelete,
        MessageCreate,
        MessageDelete,
        MessageDeleteBulk,
        MessagePollVoteAdd,
        MessagePollVoteRemove,
        MessageReactionAdd,
        MessageReactionRemove,
        MessageReactionRemoveAll,
        MessageReactionRemoveEmoji,
        MessageUpdate,
        PresenceUpdate,
        RateLimited,
        Ready,
        Reconnect,
        Resumed,
        SoundboardSounds,
        StageInstanceCreate,
        StageInstanceDelete,
        StageInstanceUpdate,
        SubscriptionCreate,
        SubscriptionDelete,
        SubscriptionUpdate,
        ThreadCreate,
        ThreadDelete,
        ThreadListSync,
        ThreadMemberUpdate,
        ThreadMembersUpdate,
        ThreadUpdate,
        TypingStart,
        UserUpdate,
        VoiceChannelEffectSend,
        VoiceChannelStartTimeUpdate,
        VoiceChannelStatusUpdate,
        VoiceServerUpdate,
        VoiceStateUpdate,
        WebhooksUpdate {

  /**
   * Returns the kind of this event.
   *
   * @return the event's type
   */
  EventType kind();
}
