package dev.gloam.testkit.internal.gateway;

/** The gateway intents the testkit knows, as bits of the IDENTIFY {@code intents} field. */
public final class Intents {

  /** Guild lifecycle events, including GUILD_CREATE. */
  public static final long GUILDS = 1L;

  /** Message events in guilds. */
  public static final long GUILD_MESSAGES = 1L << 9;

  /** The privileged intent that unlocks message content, embeds, attachments and components. */
  public static final long MESSAGE_CONTENT = 1L << 15;

  /** Every intent Discord documents; other bits are refused. */
  public static final long ALL_KNOWN =
      (1L << 17) - 1 // GUILDS (bit 0) up to GUILD_SCHEDULED_EVENTS (bit 16)
          | 1L << 20 // AUTO_MODERATION_CONFIGURATION
          | 1L << 21 // AUTO_MODERATION_EXECUTION
          | 1L << 24 // GUILD_MESSAGE_POLLS
          | 1L << 25; // DIRECT_MESSAGE_POLLS

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
}
