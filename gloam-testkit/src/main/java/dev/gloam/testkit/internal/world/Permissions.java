package dev.gloam.testkit.internal.world;

/** The permission bits the offline Discord grants, named so the default set reads clearly. */
public final class Permissions {

  /** Create invites. */
  public static final long CREATE_INSTANT_INVITE = 1L;

  /** Add reactions. */
  public static final long ADD_REACTIONS = 1L << 6;

  /** See a channel. */
  public static final long VIEW_CHANNEL = 1L << 10;

  /** Send messages. */
  public static final long SEND_MESSAGES = 1L << 11;

  /** Links show embeds. */
  public static final long EMBED_LINKS = 1L << 14;

  /** Upload files. */
  public static final long ATTACH_FILES = 1L << 15;

  /** Read the history of a channel. */
  public static final long READ_MESSAGE_HISTORY = 1L << 16;

  /** Use emojis from other guilds. */
  public static final long USE_EXTERNAL_EMOJIS = 1L << 18;

  /** Join voice channels. */
  public static final long CONNECT = 1L << 20;

  /** Talk in voice channels. */
  public static final long SPEAK = 1L << 21;

  /** Change one's own nickname. */
  public static final long CHANGE_NICKNAME = 1L << 26;

  /** Use slash commands and context menus. */
  public static final long USE_APPLICATION_COMMANDS = 1L << 31;

  /** Create public threads. */
  public static final long CREATE_PUBLIC_THREADS = 1L << 35;

  /** Send messages in threads. */
  public static final long SEND_MESSAGES_IN_THREADS = 1L << 38;

  /** What {@code @everyone} may do in the test guild: the usual rights of a new guild. */
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

  private Permissions() {}
}
