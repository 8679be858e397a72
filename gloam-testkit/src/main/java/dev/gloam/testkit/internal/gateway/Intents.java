package dev.gloam.testkit.internal.gateway;

import java.util.Map;

/**
 * The gateway intents, as bits of the IDENTIFY {@code intents} field, and which events each one
 * unlocks (Discord's "List of Intents" in {@code events/gateway.mdx}).
 */
public final class Intents {

  /** Guild lifecycle, role, channel, thread and stage instance events, including GUILD_CREATE. */
  public static final long GUILDS = 1L;

  /** Member add, update and remove events; privileged. */
  public static final long GUILD_MEMBERS = 1L << 1;

  /** Audit log entry and ban events. */
  public static final long GUILD_MODERATION = 1L << 2;

  /** Emoji, sticker and soundboard events. */
  public static final long GUILD_EXPRESSIONS = 1L << 3;

  /** Integration events. */
  public static final long GUILD_INTEGRATIONS = 1L << 4;

  /** WEBHOOKS_UPDATE. */
  public static final long GUILD_WEBHOOKS = 1L << 5;

  /** Invite events. */
  public static final long GUILD_INVITES = 1L << 6;

  /** VOICE_STATE_UPDATE and voice channel effects. */
  public static final long GUILD_VOICE_STATES = 1L << 7;

  /** PRESENCE_UPDATE; privileged. */
  public static final long GUILD_PRESENCES = 1L << 8;

  /** Message events in guilds. */
  public static final long GUILD_MESSAGES = 1L << 9;

  /** Reaction events in guilds. */
  public static final long GUILD_MESSAGE_REACTIONS = 1L << 10;

  /** TYPING_START in guilds. */
  public static final long GUILD_MESSAGE_TYPING = 1L << 11;

  /** Message events in direct messages. */
  public static final long DIRECT_MESSAGES = 1L << 12;

  /** Reaction events in direct messages. */
  public static final long DIRECT_MESSAGE_REACTIONS = 1L << 13;

  /** TYPING_START in direct messages. */
  public static final long DIRECT_MESSAGE_TYPING = 1L << 14;

  /** The privileged intent that unlocks message content, embeds, attachments and components. */
  public static final long MESSAGE_CONTENT = 1L << 15;

  /** Scheduled event events. */
  public static final long GUILD_SCHEDULED_EVENTS = 1L << 16;

  /** Auto moderation rule events. */
  public static final long AUTO_MODERATION_CONFIGURATION = 1L << 20;

  /** AUTO_MODERATION_ACTION_EXECUTION. */
  public static final long AUTO_MODERATION_EXECUTION = 1L << 21;

  /** Poll vote events in guilds. */
  public static final long GUILD_MESSAGE_POLLS = 1L << 24;

  /** Poll vote events in direct messages. */
  public static final long DIRECT_MESSAGE_POLLS = 1L << 25;

  /** The intents an application must have switched on (or been approved for) to identify with. */
  public static final long PRIVILEGED = GUILD_MEMBERS | GUILD_PRESENCES | MESSAGE_CONTENT;

  /** Every intent Discord documents; other bits are refused. */
  public static final long ALL_KNOWN =
      (1L << 17) - 1 // GUILDS (bit 0) up to GUILD_SCHEDULED_EVENTS (bit 16)
          | AUTO_MODERATION_CONFIGURATION
          | AUTO_MODERATION_EXECUTION
          | GUILD_MESSAGE_POLLS
          | DIRECT_MESSAGE_POLLS;

  /**
   * The intent needed for each event in a guild. Events not listed need none. THREAD_MEMBERS_UPDATE
   * is listed under GUILDS and GUILD_MEMBERS; Discord sends it with either for the bot itself, so
   * GUILDS is what the testkit requires.
   */
  private static final Map<String, Long> GUILD_EVENTS =
      Map.ofEntries(
          Map.entry("GUILD_CREATE", GUILDS),
          Map.entry("GUILD_UPDATE", GUILDS),
          Map.entry("GUILD_DELETE", GUILDS),
          Map.entry("GUILD_ROLE_CREATE", GUILDS),
          Map.entry("GUILD_ROLE_UPDATE", GUILDS),
          Map.entry("GUILD_ROLE_DELETE", GUILDS),
          Map.entry("CHANNEL_CREATE", GUILDS),
          Map.entry("CHANNEL_UPDATE", GUILDS),
          Map.entry("CHANNEL_DELETE", GUILDS),
          Map.entry("CHANNEL_PINS_UPDATE", GUILDS),
          Map.entry("THREAD_CREATE", GUILDS),
          Map.entry("THREAD_UPDATE", GUILDS),
          Map.entry("THREAD_DELETE", GUILDS),
          Map.entry("THREAD_LIST_SYNC", GUILDS),
          Map.entry("THREAD_MEMBER_UPDATE", GUILDS),
          Map.entry("THREAD_MEMBERS_UPDATE", GUILDS),
          Map.entry("STAGE_INSTANCE_CREATE", GUILDS),
          Map.entry("STAGE_INSTANCE_UPDATE", GUILDS),
          Map.entry("STAGE_INSTANCE_DELETE", GUILDS),
          Map.entry("VOICE_CHANNEL_STATUS_UPDATE", GUILDS),
          Map.entry("VOICE_CHANNEL_START_TIME_UPDATE", GUILDS),
          Map.entry("GUILD_MEMBER_ADD", GUILD_MEMBERS),
          Map.entry("GUILD_MEMBER_UPDATE", GUILD_MEMBERS),
          Map.entry("GUILD_MEMBER_REMOVE", GUILD_MEMBERS),
          Map.entry("GUILD_AUDIT_LOG_ENTRY_CREATE", GUILD_MODERATION),
          Map.entry("GUILD_BAN_ADD", GUILD_MODERATION),
          Map.entry("GUILD_BAN_REMOVE", GUILD_MODERATION),
          Map.entry("GUILD_EMOJIS_UPDATE", GUILD_EXPRESSIONS),
          Map.entry("GUILD_STICKERS_UPDATE", GUILD_EXPRESSIONS),
          Map.entry("GUILD_SOUNDBOARD_SOUND_CREATE", GUILD_EXPRESSIONS),
          Map.entry("GUILD_SOUNDBOARD_SOUND_UPDATE", GUILD_EXPRESSIONS),
          Map.entry("GUILD_SOUNDBOARD_SOUND_DELETE", GUILD_EXPRESSIONS),
          Map.entry("GUILD_SOUNDBOARD_SOUNDS_UPDATE", GUILD_EXPRESSIONS),
          Map.entry("GUILD_INTEGRATIONS_UPDATE", GUILD_INTEGRATIONS),
          Map.entry("INTEGRATION_CREATE", GUILD_INTEGRATIONS),
          Map.entry("INTEGRATION_UPDATE", GUILD_INTEGRATIONS),
          Map.entry("INTEGRATION_DELETE", GUILD_INTEGRATIONS),
          Map.entry("WEBHOOKS_UPDATE", GUILD_WEBHOOKS),
          Map.entry("INVITE_CREATE", GUILD_INVITES),
          Map.entry("INVITE_DELETE", GUILD_INVITES),
          Map.entry("VOICE_CHANNEL_EFFECT_SEND", GUILD_VOICE_STATES),
          Map.entry("VOICE_STATE_UPDATE", GUILD_VOICE_STATES),
          Map.entry("PRESENCE_UPDATE", GUILD_PRESENCES),
          Map.entry("MESSAGE_CREATE", GUILD_MESSAGES),
          Map.entry("MESSAGE_UPDATE", GUILD_MESSAGES),
          Map.entry("MESSAGE_DELETE", GUILD_MESSAGES),
          Map.entry("MESSAGE_DELETE_BULK", GUILD_MESSAGES),
          Map.entry("MESSAGE_REACTION_ADD", GUILD_MESSAGE_REACTIONS),
          Map.entry("MESSAGE_REACTION_REMOVE", GUILD_MESSAGE_REACTIONS),
          Map.entry("MESSAGE_REACTION_REMOVE_ALL", GUILD_MESSAGE_REACTIONS),
          Map.entry("MESSAGE_REACTION_REMOVE_EMOJI", GUILD_MESSAGE_REACTIONS),
          Map.entry("TYPING_START", GUILD_MESSAGE_TYPING),
          Map.entry("GUILD_SCHEDULED_EVENT_CREATE", GUILD_SCHEDULED_EVENTS),
          Map.entry("GUILD_SCHEDULED_EVENT_UPDATE", GUILD_SCHEDULED_EVENTS),
          Map.entry("GUILD_SCHEDULED_EVENT_DELETE", GUILD_SCHEDULED_EVENTS),
          Map.entry("GUILD_SCHEDULED_EVENT_USER_ADD", GUILD_SCHEDULED_EVENTS),
          Map.entry("GUILD_SCHEDULED_EVENT_USER_REMOVE", GUILD_SCHEDULED_EVENTS),
          Map.entry("AUTO_MODERATION_RULE_CREATE", AUTO_MODERATION_CONFIGURATION),
          Map.entry("AUTO_MODERATION_RULE_UPDATE", AUTO_MODERATION_CONFIGURATION),
          Map.entry("AUTO_MODERATION_RULE_DELETE", AUTO_MODERATION_CONFIGURATION),
          Map.entry("AUTO_MODERATION_ACTION_EXECUTION", AUTO_MODERATION_EXECUTION),
          Map.entry("MESSAGE_POLL_VOTE_ADD", GUILD_MESSAGE_POLLS),
          Map.entry("MESSAGE_POLL_VOTE_REMOVE", GUILD_MESSAGE_POLLS));

  /** The intent needed for each event in a direct message. Events not listed need none. */
  private static final Map<String, Long> DIRECT_MESSAGE_EVENTS =
      Map.ofEntries(
          Map.entry("MESSAGE_CREATE", DIRECT_MESSAGES),
          Map.entry("MESSAGE_UPDATE", DIRECT_MESSAGES),
          Map.entry("MESSAGE_DELETE", DIRECT_MESSAGES),
          Map.entry("CHANNEL_PINS_UPDATE", DIRECT_MESSAGES),
          Map.entry("MESSAGE_REACTION_ADD", DIRECT_MESSAGE_REACTIONS),
          Map.entry("MESSAGE_REACTION_REMOVE", DIRECT_MESSAGE_REACTIONS),
          Map.entry("MESSAGE_REACTION_REMOVE_ALL", DIRECT_MESSAGE_REACTIONS),
          Map.entry("MESSAGE_REACTION_REMOVE_EMOJI", DIRECT_MESSAGE_REACTIONS),
          Map.entry("TYPING_START", DIRECT_MESSAGE_TYPING),
          Map.entry("MESSAGE_POLL_VOTE_ADD", DIRECT_MESSAGE_POLLS),
          Map.entry("MESSAGE_POLL_VOTE_REMOVE", DIRECT_MESSAGE_POLLS));

  private Intents() {}

  /**
   * Tells whether a value consists only of known intents.
   *
   * @param intents the value from IDENTIFY
   * @return true if it is not negative and has no unknown bits
   */
  public static boolean areValid(long intents) {
    return intents >= 0 && (intents & ~ALL_KNOWN) == 0;
  }

  /**
   * Tells whether a value contains an intent.
   *
   * @param intents the session's intents
   * @param intent the intent to look for
   * @return true if every bit of {@code intent} is set
   */
  public static boolean contains(long intents, long intent) {
    return (intents & intent) == intent;
  }

  /**
   * Returns the intent an event needs.
   *
   * @param eventType the dispatch name, such as {@code MESSAGE_CREATE}
   * @param directMessage whether the event happened in a DM rather than a guild
   * @return the intent bit, or 0 if the event is sent whatever the intents
   */
  public static long requiredFor(String eventType, boolean directMessage) {
    Map<String, Long> table = directMessage ? DIRECT_MESSAGE_EVENTS : GUILD_EVENTS;
    return table.getOrDefault(eventType, 0L);
  }

  /**
   * Tells whether a session with these intents receives an event.
   *
   * @param intents the session's intents
   * @param eventType the dispatch name
   * @param directMessage whether the event happened in a DM
   * @return true if no intent is needed or the needed one was identified
   */
  public static boolean allows(long intents, String eventType, boolean directMessage) {
    return contains(intents, requiredFor(eventType, directMessage));
  }
}
