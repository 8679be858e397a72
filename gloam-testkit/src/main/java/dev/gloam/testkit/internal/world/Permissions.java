package dev.gloam.testkit.internal.world;

import java.util.Map;

/**
 * The permission bits of {@code topics/permissions.mdx} ("Bitwise Permission Flags"), with the sets
 * the offline Discord starts from.
 */
public final class Permissions {

  /** Create invites. */
  public static final long CREATE_INSTANT_INVITE = 1L << 0;

  /** Kick members. */
  public static final long KICK_MEMBERS = 1L << 1;

  /** Ban members. */
  public static final long BAN_MEMBERS = 1L << 2;

  /** Every permission, and overwrites do not apply. */
  public static final long ADMINISTRATOR = 1L << 3;

  /** Create, edit and delete channels. */
  public static final long MANAGE_CHANNELS = 1L << 4;

  /** Edit the guild. */
  public static final long MANAGE_GUILD = 1L << 5;

  /** Add new reactions. */
  public static final long ADD_REACTIONS = 1L << 6;

  /** Read the audit log. */
  public static final long VIEW_AUDIT_LOG = 1L << 7;

  /** Priority speaker in voice. */
  public static final long PRIORITY_SPEAKER = 1L << 8;

  /** Go live. */
  public static final long STREAM = 1L << 9;

  /** See a channel. */
  public static final long VIEW_CHANNEL = 1L << 10;

  /** Send messages. */
  public static final long SEND_MESSAGES = 1L << 11;

  /** Send text-to-speech messages. */
  public static final long SEND_TTS_MESSAGES = 1L << 12;

  /** Delete and pin the messages of others. */
  public static final long MANAGE_MESSAGES = 1L << 13;

  /** Links show embeds. */
  public static final long EMBED_LINKS = 1L << 14;

  /** Upload files. */
  public static final long ATTACH_FILES = 1L << 15;

  /** Read the history of a channel. */
  public static final long READ_MESSAGE_HISTORY = 1L << 16;

  /** Mention @everyone and @here. */
  public static final long MENTION_EVERYONE = 1L << 17;

  /** Use emojis from other guilds. */
  public static final long USE_EXTERNAL_EMOJIS = 1L << 18;

  /** View guild insights. */
  public static final long VIEW_GUILD_INSIGHTS = 1L << 19;

  /** Join voice channels. */
  public static final long CONNECT = 1L << 20;

  /** Talk in voice channels. */
  public static final long SPEAK = 1L << 21;

  /** Mute others in voice. */
  public static final long MUTE_MEMBERS = 1L << 22;

  /** Deafen others in voice. */
  public static final long DEAFEN_MEMBERS = 1L << 23;

  /** Move others between voice channels. */
  public static final long MOVE_MEMBERS = 1L << 24;

  /** Use voice activity detection. */
  public static final long USE_VAD = 1L << 25;

  /** Change one's own nickname. */
  public static final long CHANGE_NICKNAME = 1L << 26;

  /** Change the nicknames of others. */
  public static final long MANAGE_NICKNAMES = 1L << 27;

  /** Manage roles below one's highest and channel overwrites. */
  public static final long MANAGE_ROLES = 1L << 28;

  /** Manage webhooks. */
  public static final long MANAGE_WEBHOOKS = 1L << 29;

  /** Edit and delete emojis, stickers and sounds of anyone. */
  public static final long MANAGE_GUILD_EXPRESSIONS = 1L << 30;

  /** Use slash commands and context menus. */
  public static final long USE_APPLICATION_COMMANDS = 1L << 31;

  /** Ask to speak in stage channels. */
  public static final long REQUEST_TO_SPEAK = 1L << 32;

  /** Edit and delete the scheduled events of anyone. */
  public static final long MANAGE_EVENTS = 1L << 33;

  /** Manage threads. */
  public static final long MANAGE_THREADS = 1L << 34;

  /** Create public threads. */
  public static final long CREATE_PUBLIC_THREADS = 1L << 35;

  /** Create private threads. */
  public static final long CREATE_PRIVATE_THREADS = 1L << 36;

  /** Use stickers from other guilds. */
  public static final long USE_EXTERNAL_STICKERS = 1L << 37;

  /** Send messages in threads. */
  public static final long SEND_MESSAGES_IN_THREADS = 1L << 38;

  /** Use activities. */
  public static final long USE_EMBEDDED_ACTIVITIES = 1L << 39;

  /** Time members out. */
  public static final long MODERATE_MEMBERS = 1L << 40;

  /** View monetization analytics. */
  public static final long VIEW_CREATOR_MONETIZATION_ANALYTICS = 1L << 41;

  /** Use the soundboard. */
  public static final long USE_SOUNDBOARD = 1L << 42;

  /** Create emojis, stickers and sounds, and manage one's own. */
  public static final long CREATE_GUILD_EXPRESSIONS = 1L << 43;

  /** Create scheduled events, and manage one's own. */
  public static final long CREATE_EVENTS = 1L << 44;

  /** Use sounds from other guilds. */
  public static final long USE_EXTERNAL_SOUNDS = 1L << 45;

  /** Send voice messages. */
  public static final long SEND_VOICE_MESSAGES = 1L << 46;

  /** Set a voice channel's status. */
  public static final long SET_VOICE_CHANNEL_STATUS = 1L << 48;

  /** Send polls. */
  public static final long SEND_POLLS = 1L << 49;

  /** Let user-installed apps answer publicly. */
  public static final long USE_EXTERNAL_APPS = 1L << 50;

  /** Pin and unpin messages. */
  public static final long PIN_MESSAGES = 1L << 51;

  /** Ignore slowmode. */
  public static final long BYPASS_SLOWMODE = 1L << 52;

  /** Every bit the reference documents. */
  public static final long ALL =
      CREATE_INSTANT_INVITE
          | KICK_MEMBERS
          | BAN_MEMBERS
          | ADMINISTRATOR
          | MANAGE_CHANNELS
          | MANAGE_GUILD
          | ADD_REACTIONS
          | VIEW_AUDIT_LOG
          | PRIORITY_SPEAKER
          | STREAM
          | VIEW_CHANNEL
          | SEND_MESSAGES
          | SEND_TTS_MESSAGES
          | MANAGE_MESSAGES
          | EMBED_LINKS
          | ATTACH_FILES
          | READ_MESSAGE_HISTORY
          | MENTION_EVERYONE
          | USE_EXTERNAL_EMOJIS
          | VIEW_GUILD_INSIGHTS
          | CONNECT
          | SPEAK
          | MUTE_MEMBERS
          | DEAFEN_MEMBERS
          | MOVE_MEMBERS
          | USE_VAD
          | CHANGE_NICKNAME
          | MANAGE_NICKNAMES
          | MANAGE_ROLES
          | MANAGE_WEBHOOKS
          | MANAGE_GUILD_EXPRESSIONS
          | USE_APPLICATION_COMMANDS
          | REQUEST_TO_SPEAK
          | MANAGE_EVENTS
          | MANAGE_THREADS
          | CREATE_PUBLIC_THREADS
          | CREATE_PRIVATE_THREADS
          | USE_EXTERNAL_STICKERS
          | SEND_MESSAGES_IN_THREADS
          | USE_EMBEDDED_ACTIVITIES
          | MODERATE_MEMBERS
          | VIEW_CREATOR_MONETIZATION_ANALYTICS
          | USE_SOUNDBOARD
          | CREATE_GUILD_EXPRESSIONS
          | CREATE_EVENTS
          | USE_EXTERNAL_SOUNDS
          | SEND_VOICE_MESSAGES
          | SET_VOICE_CHANNEL_STATUS
          | SEND_POLLS
          | USE_EXTERNAL_APPS
          | PIN_MESSAGES
          | BYPASS_SLOWMODE;

  /** What {@code @everyone} may do in a new guild: the usual rights of a member. */
  public static final long EVERYONE_DEFAULT =
      CREATE_INSTANT_INVITE
          | ADD_REACTIONS
          | VIEW_CHANNEL
          | SEND_MESSAGES
          | EMBED_LINKS
          | ATTACH_FILES
          | READ_MESSAGE_HISTORY
          | USE_EXTERNAL_EMOJIS
          | CONNECT
          | SPEAK
          | CHANGE_NICKNAME
          | USE_APPLICATION_COMMANDS
          | CREATE_PUBLIC_THREADS
          | SEND_MESSAGES_IN_THREADS;

  /**
   * What the bot's managed role grants unless a test says otherwise: everything but ADMINISTRATOR,
   * as when a bot is invited with every permission box ticked except the one that skips all checks.
   */
  public static final long BOT_DEFAULT = ALL & ~ADMINISTRATOR;

  /** What a timed-out member keeps ("Permissions for Timed Out Members"). */
  public static final long TIMED_OUT_ALLOWED = VIEW_CHANNEL | READ_MESSAGE_HISTORY;

  /** Permission names by bit, for the {@code Missing Permissions} diagnostics the testkit logs. */
  private static final Map<Long, String> NAMES =
      Map.ofEntries(
          Map.entry(CREATE_INSTANT_INVITE, "CREATE_INSTANT_INVITE"),
          Map.entry(KICK_MEMBERS, "KICK_MEMBERS"),
          Map.entry(BAN_MEMBERS, "BAN_MEMBERS"),
          Map.entry(ADMINISTRATOR, "ADMINISTRATOR"),
          Map.entry(MANAGE_CHANNELS, "MANAGE_CHANNELS"),
          Map.entry(MANAGE_GUILD, "MANAGE_GUILD"),
          Map.entry(ADD_REACTIONS, "ADD_REACTIONS"),
          Map.entry(VIEW_AUDIT_LOG, "VIEW_AUDIT_LOG"),
          Map.entry(PRIORITY_SPEAKER, "PRIORITY_SPEAKER"),
          Map.entry(STREAM, "STREAM"),
          Map.entry(VIEW_CHANNEL, "VIEW_CHANNEL"),
          Map.entry(SEND_MESSAGES, "SEND_MESSAGES"),
          Map.entry(SEND_TTS_MESSAGES, "SEND_TTS_MESSAGES"),
          Map.entry(MANAGE_MESSAGES, "MANAGE_MESSAGES"),
          Map.entry(EMBED_LINKS, "EMBED_LINKS"),
          Map.entry(ATTACH_FILES, "ATTACH_FILES"),
          Map.entry(READ_MESSAGE_HISTORY, "READ_MESSAGE_HISTORY"),
          Map.entry(MENTION_EVERYONE, "MENTION_EVERYONE"),
          Map.entry(USE_EXTERNAL_EMOJIS, "USE_EXTERNAL_EMOJIS"),
          Map.entry(VIEW_GUILD_INSIGHTS, "VIEW_GUILD_INSIGHTS"),
          Map.entry(CONNECT, "CONNECT"),
          Map.entry(SPEAK, "SPEAK"),
          Map.entry(MUTE_MEMBERS, "MUTE_MEMBERS"),
          Map.entry(DEAFEN_MEMBERS, "DEAFEN_MEMBERS"),
          Map.entry(MOVE_MEMBERS, "MOVE_MEMBERS"),
          Map.entry(USE_VAD, "USE_VAD"),
          Map.entry(CHANGE_NICKNAME, "CHANGE_NICKNAME"),
          Map.entry(MANAGE_NICKNAMES, "MANAGE_NICKNAMES"),
          Map.entry(MANAGE_ROLES, "MANAGE_ROLES"),
          Map.entry(MANAGE_WEBHOOKS, "MANAGE_WEBHOOKS"),
          Map.entry(MANAGE_GUILD_EXPRESSIONS, "MANAGE_GUILD_EXPRESSIONS"),
          Map.entry(USE_APPLICATION_COMMANDS, "USE_APPLICATION_COMMANDS"),
          Map.entry(REQUEST_TO_SPEAK, "REQUEST_TO_SPEAK"),
          Map.entry(MANAGE_EVENTS, "MANAGE_EVENTS"),
          Map.entry(MANAGE_THREADS, "MANAGE_THREADS"),
          Map.entry(CREATE_PUBLIC_THREADS, "CREATE_PUBLIC_THREADS"),
          Map.entry(CREATE_PRIVATE_THREADS, "CREATE_PRIVATE_THREADS"),
          Map.entry(USE_EXTERNAL_STICKERS, "USE_EXTERNAL_STICKERS"),
          Map.entry(SEND_MESSAGES_IN_THREADS, "SEND_MESSAGES_IN_THREADS"),
          Map.entry(USE_EMBEDDED_ACTIVITIES, "USE_EMBEDDED_ACTIVITIES"),
          Map.entry(MODERATE_MEMBERS, "MODERATE_MEMBERS"),
          Map.entry(VIEW_CREATOR_MONETIZATION_ANALYTICS, "VIEW_CREATOR_MONETIZATION_ANALYTICS"),
          Map.entry(USE_SOUNDBOARD, "USE_SOUNDBOARD"),
          Map.entry(CREATE_GUILD_EXPRESSIONS, "CREATE_GUILD_EXPRESSIONS"),
          Map.entry(CREATE_EVENTS, "CREATE_EVENTS"),
          Map.entry(USE_EXTERNAL_SOUNDS, "USE_EXTERNAL_SOUNDS"),
          Map.entry(SEND_VOICE_MESSAGES, "SEND_VOICE_MESSAGES"),
          Map.entry(SET_VOICE_CHANNEL_STATUS, "SET_VOICE_CHANNEL_STATUS"),
          Map.entry(SEND_POLLS, "SEND_POLLS"),
          Map.entry(USE_EXTERNAL_APPS, "USE_EXTERNAL_APPS"),
          Map.entry(PIN_MESSAGES, "PIN_MESSAGES"),
          Map.entry(BYPASS_SLOWMODE, "BYPASS_SLOWMODE"));

  private Permissions() {}

  /**
   * Names the bits of a set, lowest first, for messages.
   *
   * @param bits the set
   * @return for example {@code "KICK_MEMBERS|BAN_MEMBERS"}, or {@code "none"}
   */
  public static String names(long bits) {
    StringBuilder names = new StringBuilder();
    for (int bit = 0; bit < 64; bit++) {
      long flag = 1L << bit;
      if ((bits & flag) != 0) {
        if (!names.isEmpty()) {
          names.append('|');
        }
        names.append(NAMES.getOrDefault(flag, "1<<" + bit));
      }
    }
    return names.isEmpty() ? "none" : names.toString();
  }
}
