package dev.gloam.model.gateway.event;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Names each kind of {@link Event}: dispatch events by Discord's {@code t} (such as {@code
 * MESSAGE_CREATE}) and the gateway's control payloads by opcode (such as {@link #GATEWAY_HELLO}).
 *
 * <p>An open type: a dispatch name gloam does not know yet gives an unnamed-kind instance that
 * keeps the name, so new events are recognised as unknown rather than failing. Used with {@link
 * EventTypeFlags} to choose which events a shard deserializes.
 */
public final class EventType {
  private static final Map<String, EventType> BY_DISPATCH_NAME = new HashMap<>();
  private static final List<EventType> KNOWN = new ArrayList<>();

  /** Discord asks for a heartbeat now (opcode 1). */
  public static final EventType GATEWAY_HEARTBEAT = control("GATEWAY_HEARTBEAT");

  /** Discord acknowledged a heartbeat (opcode 11). */
  public static final EventType GATEWAY_HEARTBEAT_ACK = control("GATEWAY_HEARTBEAT_ACK");

  /** The first payload of a connection (opcode 10). */
  public static final EventType GATEWAY_HELLO = control("GATEWAY_HELLO");

  /** The session is invalid (opcode 9). */
  public static final EventType GATEWAY_INVALID_SESSION = control("GATEWAY_INVALID_SESSION");

  /** Discord asks the client to reconnect (opcode 7). */
  public static final EventType GATEWAY_RECONNECT = control("GATEWAY_RECONNECT");

  /** A guild became available or the bot joined it. */
  public static final EventType GUILD_CREATE = dispatch("GUILD_CREATE");

  /** A message was sent. */
  public static final EventType MESSAGE_CREATE = dispatch("MESSAGE_CREATE");

  /** A session was established. */
  public static final EventType READY = dispatch("READY");

  /** A session was resumed. */
  public static final EventType RESUMED = dispatch("RESUMED");

  /** The {@code CHANNEL_CREATE} dispatch ({@link ChannelCreate}). */
  public static final EventType CHANNEL_CREATE = dispatch("CHANNEL_CREATE");

  /** The {@code CHANNEL_UPDATE} dispatch ({@link ChannelUpdate}). */
  public static final EventType CHANNEL_UPDATE = dispatch("CHANNEL_UPDATE");

  /** The {@code CHANNEL_DELETE} dispatch ({@link ChannelDelete}). */
  public static final EventType CHANNEL_DELETE = dispatch("CHANNEL_DELETE");

  /** The {@code THREAD_CREATE} dispatch ({@link ThreadCreate}). */
  public static final EventType THREAD_CREATE = dispatch("THREAD_CREATE");

  /** The {@code THREAD_UPDATE} dispatch ({@link ThreadUpdate}). */
  public static final EventType THREAD_UPDATE = dispatch("THREAD_UPDATE");

  /** The {@code THREAD_DELETE} dispatch ({@link ThreadDelete}). */
  public static final EventType THREAD_DELETE = dispatch("THREAD_DELETE");

  /** The {@code GUILD_UPDATE} dispatch ({@link GuildUpdate}). */
  public static final EventType GUILD_UPDATE = dispatch("GUILD_UPDATE");

  /** The {@code GUILD_DELETE} dispatch ({@link GuildDelete}). */
  public static final EventType GUILD_DELETE = dispatch("GUILD_DELETE");

  /** The {@code MESSAGE_UPDATE} dispatch ({@link MessageUpdate}). */
  public static final EventType MESSAGE_UPDATE = dispatch("MESSAGE_UPDATE");

  /** The {@code USER_UPDATE} dispatch ({@link UserUpdate}). */
  public static final EventType USER_UPDATE = dispatch("USER_UPDATE");

  /** The {@code MESSAGE_DELETE} dispatch ({@link MessageDelete}). */
  public static final EventType MESSAGE_DELETE = dispatch("MESSAGE_DELETE");

  /** The {@code MESSAGE_DELETE_BULK} dispatch ({@link MessageDeleteBulk}). */
  public static final EventType MESSAGE_DELETE_BULK = dispatch("MESSAGE_DELETE_BULK");

  /** The {@code CHANNEL_PINS_UPDATE} dispatch ({@link ChannelPinsUpdate}). */
  public static final EventType CHANNEL_PINS_UPDATE = dispatch("CHANNEL_PINS_UPDATE");

  /** The {@code GUILD_BAN_ADD} dispatch ({@link GuildBanAdd}). */
  public static final EventType GUILD_BAN_ADD = dispatch("GUILD_BAN_ADD");

  /** The {@code GUILD_BAN_REMOVE} dispatch ({@link GuildBanRemove}). */
  public static final EventType GUILD_BAN_REMOVE = dispatch("GUILD_BAN_REMOVE");

  /** The {@code GUILD_INTEGRATIONS_UPDATE} dispatch ({@link GuildIntegrationsUpdate}). */
  public static final EventType GUILD_INTEGRATIONS_UPDATE = dispatch("GUILD_INTEGRATIONS_UPDATE");

  /** The {@code GUILD_MEMBER_REMOVE} dispatch ({@link GuildMemberRemove}). */
  public static final EventType GUILD_MEMBER_REMOVE = dispatch("GUILD_MEMBER_REMOVE");

  /** The {@code GUILD_ROLE_CREATE} dispatch ({@link GuildRoleCreate}). */
  public static final EventType GUILD_ROLE_CREATE = dispatch("GUILD_ROLE_CREATE");

  /** The {@code GUILD_ROLE_UPDATE} dispatch ({@link GuildRoleUpdate}). */
  public static final EventType GUILD_ROLE_UPDATE = dispatch("GUILD_ROLE_UPDATE");

  /** The {@code GUILD_ROLE_DELETE} dispatch ({@link GuildRoleDelete}). */
  public static final EventType GUILD_ROLE_DELETE = dispatch("GUILD_ROLE_DELETE");

  /** The {@code GUILD_SCHEDULED_EVENT_USER_ADD} dispatch ({@link GuildScheduledEventUserAdd}). */
  public static final EventType GUILD_SCHEDULED_EVENT_USER_ADD =
      dispatch("GUILD_SCHEDULED_EVENT_USER_ADD");

  /**
   * The {@code GUILD_SCHEDULED_EVENT_USER_REMOVE} dispatch ({@link GuildScheduledEventUserRemove}).
   */
  public static final EventType GUILD_SCHEDULED_EVENT_USER_REMOVE =
      dispatch("GUILD_SCHEDULED_EVENT_USER_REMOVE");

  /** The {@code GUILD_SOUNDBOARD_SOUND_DELETE} dispatch ({@link GuildSoundboardSoundDelete}). */
  public static final EventType GUILD_SOUNDBOARD_SOUND_DELETE =
      dispatch("GUILD_SOUNDBOARD_SOUND_DELETE");

  /** The {@code INTEGRATION_DELETE} dispatch ({@link IntegrationDelete}). */
  public static final EventType INTEGRATION_DELETE = dispatch("INTEGRATION_DELETE");

  /** The {@code INVITE_DELETE} dispatch ({@link InviteDelete}). */
  public static final EventType INVITE_DELETE = dispatch("INVITE_DELETE");

  /** The {@code MESSAGE_REACTION_REMOVE_ALL} dispatch ({@link MessageReactionRemoveAll}). */
  public static final EventType MESSAGE_REACTION_REMOVE_ALL =
      dispatch("MESSAGE_REACTION_REMOVE_ALL");

  /** The {@code MESSAGE_REACTION_REMOVE_EMOJI} dispatch ({@link MessageReactionRemoveEmoji}). */
  public static final EventType MESSAGE_REACTION_REMOVE_EMOJI =
      dispatch("MESSAGE_REACTION_REMOVE_EMOJI");

  /** The {@code TYPING_START} dispatch ({@link TypingStart}). */
  public static final EventType TYPING_START = dispatch("TYPING_START");

  /** The {@code WEBHOOKS_UPDATE} dispatch ({@link WebhooksUpdate}). */
  public static final EventType WEBHOOKS_UPDATE = dispatch("WEBHOOKS_UPDATE");

  /** The {@code MESSAGE_POLL_VOTE_ADD} dispatch ({@link MessagePollVoteAdd}). */
  public static final EventType MESSAGE_POLL_VOTE_ADD = dispatch("MESSAGE_POLL_VOTE_ADD");

  /** The {@code MESSAGE_POLL_VOTE_REMOVE} dispatch ({@link MessagePollVoteRemove}). */
  public static final EventType MESSAGE_POLL_VOTE_REMOVE = dispatch("MESSAGE_POLL_VOTE_REMOVE");

  /** The {@code VOICE_CHANNEL_STATUS_UPDATE} dispatch ({@link VoiceChannelStatusUpdate}). */
  public static final EventType VOICE_CHANNEL_STATUS_UPDATE =
      dispatch("VOICE_CHANNEL_STATUS_UPDATE");

  /** The {@code VOICE_CHANNEL_START_TIME_UPDATE} dispatch ({@link VoiceChannelStartTimeUpdate}). */
  public static final EventType VOICE_CHANNEL_START_TIME_UPDATE =
      dispatch("VOICE_CHANNEL_START_TIME_UPDATE");

  /** The {@code PRESENCE_UPDATE} dispatch ({@link PresenceUpdate}). */
  public static final EventType PRESENCE_UPDATE = dispatch("PRESENCE_UPDATE");

  /** The {@code RATE_LIMITED} dispatch ({@link RateLimited}). */
  public static final EventType RATE_LIMITED = dispatch("RATE_LIMITED");

  /** The {@code VOICE_CHANNEL_EFFECT_SEND} dispatch ({@link VoiceChannelEffectSend}). */
  public static final EventType VOICE_CHANNEL_EFFECT_SEND = dispatch("VOICE_CHANNEL_EFFECT_SEND");

  /**
   * The {@code APPLICATION_COMMAND_PERMISSIONS_UPDATE} dispatch ({@link
   * ApplicationCommandPermissionsUpdate}).
   */
  public static final EventType APPLICATION_COMMAND_PERMISSIONS_UPDATE =
      dispatch("APPLICATION_COMMAND_PERMISSIONS_UPDATE");

  /** The {@code AUTO_MODERATION_RULE_CREATE} dispatch ({@link AutoModerationRuleCreate}). */
  public static final EventType AUTO_MODERATION_RULE_CREATE =
      dispatch("AUTO_MODERATION_RULE_CREATE");

  /** The {@code AUTO_MODERATION_RULE_UPDATE} dispatch ({@link AutoModerationRuleUpdate}). */
  public static final EventType AUTO_MODERATION_RULE_UPDATE =
      dispatch("AUTO_MODERATION_RULE_UPDATE");

  /** The {@code AUTO_MODERATION_RULE_DELETE} dispatch ({@link AutoModerationRuleDelete}). */
  public static final EventType AUTO_MODERATION_RULE_DELETE =
      dispatch("AUTO_MODERATION_RULE_DELETE");

  /**
   * The {@code AUTO_MODERATION_ACTION_EXECUTION} dispatch ({@link AutoModerationActionExecution}).
   */
  public static final EventType AUTO_MODERATION_ACTION_EXECUTION =
      dispatch("AUTO_MODERATION_ACTION_EXECUTION");

  /** The {@code CHANNEL_INFO} dispatch ({@link ChannelInfo}). */
  public static final EventType CHANNEL_INFO = dispatch("CHANNEL_INFO");

  /** The {@code THREAD_LIST_SYNC} dispatch ({@link ThreadListSync}). */
  public static final EventType THREAD_LIST_SYNC = dispatch("THREAD_LIST_SYNC");

  /** The {@code THREAD_MEMBER_UPDATE} dispatch ({@link ThreadMemberUpdate}). */
  public static final EventType THREAD_MEMBER_UPDATE = dispatch("THREAD_MEMBER_UPDATE");

  /** The {@code THREAD_MEMBERS_UPDATE} dispatch ({@link ThreadMembersUpdate}). */
  public static final EventType THREAD_MEMBERS_UPDATE = dispatch("THREAD_MEMBERS_UPDATE");

  /** The {@code ENTITLEMENT_CREATE} dispatch ({@link EntitlementCreate}). */
  public static final EventType ENTITLEMENT_CREATE = dispatch("ENTITLEMENT_CREATE");

  /** The {@code ENTITLEMENT_UPDATE} dispatch ({@link EntitlementUpdate}). */
  public static final EventType ENTITLEMENT_UPDATE = dispatch("ENTITLEMENT_UPDATE");

  /** The {@code ENTITLEMENT_DELETE} dispatch ({@link EntitlementDelete}). */
  public static final EventType ENTITLEMENT_DELETE = dispatch("ENTITLEMENT_DELETE");

  /** The {@code GUILD_AUDIT_LOG_ENTRY_CREATE} dispatch ({@link GuildAuditLogEntryCreate}). */
  public static final EventType GUILD_AUDIT_LOG_ENTRY_CREATE =
      dispatch("GUILD_AUDIT_LOG_ENTRY_CREATE");

  /** The {@code GUILD_EMOJIS_UPDATE} dispatch ({@link GuildEmojisUpdate}). */
  public static final EventType GUILD_EMOJIS_UPDATE = dispatch("GUILD_EMOJIS_UPDATE");

  /** The {@code GUILD_STICKERS_UPDATE} dispatch ({@link GuildStickersUpdate}). */
  public static final EventType GUILD_STICKERS_UPDATE = dispatch("GUILD_STICKERS_UPDATE");

  /** The {@code GUILD_MEMBER_ADD} dispatch ({@link GuildMemberAdd}). */
  public static final EventType GUILD_MEMBER_ADD = dispatch("GUILD_MEMBER_ADD");

  /** The {@code GUILD_MEMBER_UPDATE} dispatch ({@link GuildMemberUpdate}). */
  public static final EventType GUILD_MEMBER_UPDATE = dispatch("GUILD_MEMBER_UPDATE");

  /** The {@code GUILD_MEMBERS_CHUNK} dispatch ({@link GuildMembersChunk}). */
  public static final EventType GUILD_MEMBERS_CHUNK = dispatch("GUILD_MEMBERS_CHUNK");

  /** The {@code GUILD_SCHEDULED_EVENT_CREATE} dispatch ({@link GuildScheduledEventCreate}). */
  public static final EventType GUILD_SCHEDULED_EVENT_CREATE =
      dispatch("GUILD_SCHEDULED_EVENT_CREATE");

  /** The {@code GUILD_SCHEDULED_EVENT_UPDATE} dispatch ({@link GuildScheduledEventUpdate}). */
  public static final EventType GUILD_SCHEDULED_EVENT_UPDATE =
      dispatch("GUILD_SCHEDULED_EVENT_UPDATE");

  /** The {@code GUILD_SCHEDULED_EVENT_DELETE} dispatch ({@link GuildScheduledEventDelete}). */
  public static final EventType GUILD_SCHEDULED_EVENT_DELETE =
      dispatch("GUILD_SCHEDULED_EVENT_DELETE");

  /** The {@code GUILD_SOUNDBOARD_SOUND_CREATE} dispatch ({@link GuildSoundboardSoundCreate}). */
  public static final EventType GUILD_SOUNDBOARD_SOUND_CREATE =
      dispatch("GUILD_SOUNDBOARD_SOUND_CREATE");

  /** The {@code GUILD_SOUNDBOARD_SOUND_UPDATE} dispatch ({@link GuildSoundboardSoundUpdate}). */
  public static final EventType GUILD_SOUNDBOARD_SOUND_UPDATE =
      dispatch("GUILD_SOUNDBOARD_SOUND_UPDATE");

  /** The {@code GUILD_SOUNDBOARD_SOUNDS_UPDATE} dispatch ({@link GuildSoundboardSoundsUpdate}). */
  public static final EventType GUILD_SOUNDBOARD_SOUNDS_UPDATE =
      dispatch("GUILD_SOUNDBOARD_SOUNDS_UPDATE");

  /** The {@code SOUNDBOARD_SOUNDS} dispatch ({@link SoundboardSounds}). */
  public static final EventType SOUNDBOARD_SOUNDS = dispatch("SOUNDBOARD_SOUNDS");

  /** The {@code INTEGRATION_CREATE} dispatch ({@link IntegrationCreate}). */
  public static final EventType INTEGRATION_CREATE = dispatch("INTEGRATION_CREATE");

  /** The {@code INTEGRATION_UPDATE} dispatch ({@link IntegrationUpdate}). */
  public static final EventType INTEGRATION_UPDATE = dispatch("INTEGRATION_UPDATE");

  /** The {@code INTERACTION_CREATE} dispatch ({@link InteractionCreate}). */
  public static final EventType INTERACTION_CREATE = dispatch("INTERACTION_CREATE");

  /** The {@code INVITE_CREATE} dispatch ({@link InviteCreate}). */
  public static final EventType INVITE_CREATE = dispatch("INVITE_CREATE");

  /** The {@code MESSAGE_REACTION_ADD} dispatch ({@link MessageReactionAdd}). */
  public static final EventType MESSAGE_REACTION_ADD = dispatch("MESSAGE_REACTION_ADD");

  /** The {@code MESSAGE_REACTION_REMOVE} dispatch ({@link MessageReactionRemove}). */
  public static final EventType MESSAGE_REACTION_REMOVE = dispatch("MESSAGE_REACTION_REMOVE");

  /** The {@code STAGE_INSTANCE_CREATE} dispatch ({@link StageInstanceCreate}). */
  public static final EventType STAGE_INSTANCE_CREATE = dispatch("STAGE_INSTANCE_CREATE");

  /** The {@code STAGE_INSTANCE_UPDATE} dispatch ({@link StageInstanceUpdate}). */
  public static final EventType STAGE_INSTANCE_UPDATE = dispatch("STAGE_INSTANCE_UPDATE");

  /** The {@code STAGE_INSTANCE_DELETE} dispatch ({@link StageInstanceDelete}). */
  public static final EventType STAGE_INSTANCE_DELETE = dispatch("STAGE_INSTANCE_DELETE");

  /** The {@code SUBSCRIPTION_CREATE} dispatch ({@link SubscriptionCreate}). */
  public static final EventType SUBSCRIPTION_CREATE = dispatch("SUBSCRIPTION_CREATE");

  /** The {@code SUBSCRIPTION_UPDATE} dispatch ({@link SubscriptionUpdate}). */
  public static final EventType SUBSCRIPTION_UPDATE = dispatch("SUBSCRIPTION_UPDATE");

  /** The {@code SUBSCRIPTION_DELETE} dispatch ({@link SubscriptionDelete}). */
  public static final EventType SUBSCRIPTION_DELETE = dispatch("SUBSCRIPTION_DELETE");

  /** The {@code VOICE_STATE_UPDATE} dispatch ({@link VoiceStateUpdate}). */
  public static final EventType VOICE_STATE_UPDATE = dispatch("VOICE_STATE_UPDATE");

  /** The {@code VOICE_SERVER_UPDATE} dispatch ({@link VoiceServerUpdate}). */
  public static final EventType VOICE_SERVER_UPDATE = dispatch("VOICE_SERVER_UPDATE");

  private final String name;
  private final String dispatchName;
  private final int bit;

  private EventType(String name, String dispatchName, int bit) {
    this.name = name;
    this.dispatchName = dispatchName;
    this.bit = bit;
  }

  private static EventType control(String name) {
    return register(new EventType(name, null, KNOWN.size()));
  }

  private static EventType dispatch(String name) {
    EventType type = register(new EventType(name, name, KNOWN.size()));
    BY_DISPATCH_NAME.put(name, type);
    return type;
  }

  private static EventType register(EventType type) {
    if (KNOWN.size() >= EventTypeFlags.CAPACITY) {
      throw new IllegalStateException("EventTypeFlags has no room for " + type.name);
    }
    KNOWN.add(type);
    return type;
  }

  /**
   * Returns the type of a dispatch event, by the {@code t} field Discord sends.
   *
   * @param dispatchName the event's name, such as {@code "MESSAGE_CREATE"}
   * @return the known type, or an unknown type that keeps the name
   */
  public static EventType ofDispatch(String dispatchName) {
    EventType known = BY_DISPATCH_NAME.get(dispatchName);
    return known != null ? known : new EventType(dispatchName, dispatchName, -1);
  }

  /**
   * Returns every type gloam knows, in a stable order.
   *
   * @return the known types
   */
  public static List<EventType> known() {
    return Collections.unmodifiableList(KNOWN);
  }

  /**
   * Returns the type's name: the dispatch name for dispatch events, {@code GATEWAY_*} for control
   * payloads.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns Discord's {@code t} for dispatch events.
   *
   * @return the dispatch name, or empty for control payloads
   */
  public Optional<String> dispatchName() {
    return Optional.ofNullable(dispatchName);
  }

  /**
   * Tells whether gloam has a model for this type.
   *
   * @return {@code true} for known types
   */
  public boolean isKnown() {
    return bit >= 0;
  }

  int bit() {
    return bit;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof EventType type
        && type.name.equals(name)
        && (type.dispatchName == null) == (dispatchName == null);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  @Override
  public String toString() {
    return name;
  }
}
