package dev.gloam.testkit;

/**
 * The privileged gateway intents an application can switch on in the developer portal ({@code
 * events/gateway.mdx}, "Privileged Intents"). An IDENTIFY that asks for one the application does
 * not have is closed with 4014 (Disallowed intent(s)).
 */
public enum PrivilegedIntent {
  /** {@code GUILD_MEMBERS} (1 &lt;&lt; 1): member events and the whole member list. */
  GUILD_MEMBERS(1L << 1),
  /** {@code GUILD_PRESENCES} (1 &lt;&lt; 8): presence updates and presences in member lists. */
  GUILD_PRESENCES(1L << 8),
  /** {@code MESSAGE_CONTENT} (1 &lt;&lt; 15): content, embeds, attachments and components. */
  MESSAGE_CONTENT(1L << 15);

  private final long bit;

  PrivilegedIntent(long bit) {
    this.bit = bit;
  }

  /**
   * Returns the intent's bit in IDENTIFY's {@code intents}.
   *
   * @return the bit
   */
  public long bit() {
    return bit;
  }
}
