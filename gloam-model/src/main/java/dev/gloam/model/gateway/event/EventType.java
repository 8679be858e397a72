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
