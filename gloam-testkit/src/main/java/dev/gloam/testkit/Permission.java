package dev.gloam.testkit;

import dev.gloam.testkit.internal.world.Permissions;

/**
 * Discord's permissions ({@code topics/permissions.mdx}, "Bitwise Permission Flags"), for building
 * the permission sets that roles and the bot get in a test world. The world-building methods take
 * sets as a {@code long}, as Discord's API does; {@link #of} makes one from constants.
 *
 * <pre>{@code
 * long moderator = Permission.of(Permission.KICK_MEMBERS, Permission.BAN_MEMBERS);
 * discord.addRole(guildId, "mods", moderator);
 * }</pre>
 */
public enum Permission {
  /** Create invites. */
  CREATE_INSTANT_INVITE(Permissions.CREATE_INSTANT_INVITE),
  /** Kick members. */
  KICK_MEMBERS(Permissions.KICK_MEMBERS),
  /** Ban members. */
  BAN_MEMBERS(Permissions.BAN_MEMBERS),
  /** Every permission, and overwrites do not apply. */
  ADMINISTRATOR(Permissions.ADMINISTRATOR),
  /** Create, edit and delete channels. */
  MANAGE_CHANNELS(Permissions.MANAGE_CHANNELS),
  /** Edit the guild. */
  MANAGE_GUILD(Permissions.MANAGE_GUILD),
  /** Add new reactions. */
  ADD_REACTIONS(Permissions.ADD_REACTIONS),
  /** Read the audit log. */
  VIEW_AUDIT_LOG(Permissions.VIEW_AUDIT_LOG),
  /** Priority speaker in voice. */
  PRIORITY_SPEAKER(Permissions.PRIORITY_SPEAKER),
  /** Go live. */
  STREAM(Permissions.STREAM),
  /** See a channel. */
  VIEW_CHANNEL(Permissions.VIEW_CHANNEL),
  /** Send messages. */
  SEND_MESSAGES(Permissions.SEND_MESSAGES),
  /** Send text-to-speech messages. */
  SEND_TTS_MESSAGES(Permissions.SEND_TTS_MESSAGES),
  /** Delete and pin the messages of others. */
  MANAGE_MESSAGES(Permissions.MANAGE_MESSAGES),
  /** Links show embeds. */
  EMBED_LINKS(Permissions.EMBED_LINKS),
  /** Upload files. */
  ATTACH_FILES(Permissions.ATTACH_FILES),
  /** Read the history of a channel. */
  READ_MESSAGE_HISTORY(Permissions.READ_MESSAGE_HISTORY),
  /** Mention @everyone and @here. */
  MENTION_EVERYONE(Permissions.MENTION_EVERYONE),
  /** Use emojis from other guilds. */
  USE_EXTERNAL_EMOJIS(Permissions.USE_EXTERNAL_EMOJIS),
  /** View guild insights. */
  VIEW_GUILD_INSIGHTS(Permissions.VIEW_GUILD_INSIGHTS),
  /** Join voice channels. */
  CONNECT(Permissions.CONNECT),
  /** Talk in voice channels. */
  SPEAK(Permissions.SPEAK),
  /** Mute others in voice. */
  MUTE_MEMBERS(Permissions.MUTE_MEMBERS),
  /** Deafen others in voice. */
  DEAFEN_MEMBERS(Permissions.DEAFEN_MEMBERS),
  /** Move others between voice channels. */
  MOVE_MEMBERS(Permissions.MOVE_MEMBERS),
  /** Use voice activity detection. */
  USE_VAD(Permissions.USE_VAD),
  /** Change one's own nickname. */
  CHANGE_NICKNAME(Permissions.CHANGE_NICKNAME),
  /** Change the nicknames of others. */
  MANAGE_NICKNAMES(Permissions.MANAGE_NICKNAMES),
  /** Manage roles below one's highest and channel overwrites. */
  MANAGE_ROLES(Permissions.MANAGE_ROLES),
  /** Manage webhooks. */
  MANAGE_WEBHOOKS(Permissions.MANAGE_WEBHOOKS),
  /** Edit and delete emojis, stickers and sounds of anyone. */
  MANAGE_GUILD_EXPRESSIONS(Permissions.MANAGE_GUILD_EXPRESSIONS),
  /** Use slash commands and context menus. */
  USE_APPLICATION_COMMANDS(Permissions.USE_APPLICATION_COMMANDS),
  /** Ask to speak in stage channels. */
  REQUEST_TO_SPEAK(Permissions.REQUEST_TO_SPEAK),
  /** Edit and delete the scheduled events of anyone. */
  MANAGE_EVENTS(Permissions.MANAGE_EVENTS),
  /** Manage threads. */
  MANAGE_THREADS(Permissions.MANAGE_THREADS),
  /** Create public threads. */
  CREATE_PUBLIC_THREADS(Permissions.CREATE_PUBLIC_THREADS),
  /** Create private threads. */
  CREATE_PRIVATE_THREADS(Permissions.CREATE_PRIVATE_THREADS),
  /** Use stickers from other guilds. */
  USE_EXTERNAL_STICKERS(Permissions.USE_EXTERNAL_STICKERS),
  /** Send messages in threads. */
  SEND_MESSAGES_IN_THREADS(Permissions.SEND_MESSAGES_IN_THREADS),
  /** Use activities. */
  USE_EMBEDDED_ACTIVITIES(Permissions.USE_EMBEDDED_ACTIVITIES),
  /** Time members out. */
  MODERATE_MEMBERS(Permissions.MODERATE_MEMBERS),
  /** View monetization analytics. */
  VIEW_CREATOR_MONETIZATION_ANALYTICS(Permissions.VIEW_CREATOR_MONETIZATION_ANALYTICS),
  /** Use the soundboard. */
  USE_SOUNDBOARD(Permissions.USE_SOUNDBOARD),
  /** Create emojis, stickers and sounds, and manage one's own. */
  CREATE_GUILD_EXPRESSIONS(Permissions.CREATE_GUILD_EXPRESSIONS),
  /** Create scheduled events, and manage one's own. */
  CREATE_EVENTS(Permissions.CREATE_EVENTS),
  /** Use sounds from other guilds. */
  USE_EXTERNAL_SOUNDS(Permissions.USE_EXTERNAL_SOUNDS),
  /** Send voice messages. */
  SEND_VOICE_MESSAGES(Permissions.SEND_VOICE_MESSAGES),
  /** Set a voice channel's status. */
  SET_VOICE_CHANNEL_STATUS(Permissions.SET_VOICE_CHANNEL_STATUS),
  /** Send polls. */
  SEND_POLLS(Permissions.SEND_POLLS),
  /** Let user-installed apps answer publicly. */
  USE_EXTERNAL_APPS(Permissions.USE_EXTERNAL_APPS),
  /** Pin and unpin messages. */
  PIN_MESSAGES(Permissions.PIN_MESSAGES),
  /** Ignore slowmode. */
  BYPASS_SLOWMODE(Permissions.BYPASS_SLOWMODE);

  private final long bit;

  Permission(long bit) {
    this.bit = bit;
  }

  /**
   * Returns this permission's bit.
   *
   * @return a {@code long} with one bit set
   */
  public long bit() {
    return bit;
  }

  /**
   * Combines permissions into a set.
   *
   * @param permissions the permissions; none for the empty set
   * @return their bits, or-ed together
   */
  public static long of(Permission... permissions) {
    long bits = 0;
    for (Permission permission : permissions) {
      bits |= permission.bit;
    }
    return bits;
  }

  /**
   * Returns every permission Discord defines, {@link #ADMINISTRATOR} included.
   *
   * @return the set of all bits
   */
  public static long all() {
    return Permissions.ALL;
  }

  /**
   * Returns what the bot's managed role grants unless a test chooses otherwise: every permission
   * but {@link #ADMINISTRATOR}, as when a bot is invited with every box ticked except the one that
   * skips all permission checks.
   *
   * @return the default set
   */
  public static long botDefault() {
    return Permissions.BOT_DEFAULT;
  }
}
