package dev.gloam.cache.inmemory;

/**
 * The kinds of resource the cache can keep. A cache keeps only the kinds it was built with, so a
 * bot that never reads presences spends no memory on them.
 *
 * <pre>{@code
 * InMemoryCache cache =
 *     InMemoryCache.builder()
 *         .resourceTypes(ResourceType.GUILD, ResourceType.CHANNEL, ResourceType.ROLE,
 *             ResourceType.MEMBER)
 *         .build();
 * }</pre>
 */
public enum ResourceType {
  /** Guilds' own settings, from GUILD_CREATE and GUILD_UPDATE; which guilds are unavailable. */
  GUILD,
  /** Guild channels and threads. */
  CHANNEL,
  /** Members of threads (the current user's, and others' from THREAD_MEMBERS_UPDATE). */
  THREAD_MEMBER,
  /** Roles. */
  ROLE,
  /** Guild members (with their roles and timeouts). */
  MEMBER,
  /** Users, kept once while a cached member in any guild refers to them. Needs {@link #MEMBER}. */
  USER,
  /** The bot's own user, from READY and USER_UPDATE. */
  USER_CURRENT,
  /** Members' presences (status and activities); an offline presence is not kept. */
  PRESENCE,
  /** Voice states of users connected to voice channels. */
  VOICE_STATE,
  /** Guilds' custom emojis. */
  EMOJI,
  /** Guilds' stickers. */
  STICKER,
  /** Live stage instances. */
  STAGE_INSTANCE,
  /** Guilds' scheduled events. */
  SCHEDULED_EVENT,
  /** Guilds' integrations. */
  INTEGRATION,
  /** Guilds' soundboard sounds. */
  SOUNDBOARD_SOUND,
  /** The newest messages of each channel, up to the cache's bound per channel. */
  MESSAGE,
  /** Reactions on cached messages. Needs {@link #MESSAGE}. */
  REACTION
}
