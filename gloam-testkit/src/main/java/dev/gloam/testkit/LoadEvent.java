package dev.gloam.testkit;

/**
 * The events a load run mixes, with how often each one comes, roughly as in a busy guild where
 * presences and typing outnumber messages ({@code events/gateway-events.mdx}). Each is sent only to
 * sessions whose intents ask for it, as any other event.
 */
public enum LoadEvent {
  /** A human writes in the text channel; the content is blanked without MESSAGE_CONTENT. */
  MESSAGE_CREATE(20),
  /** A human starts typing in the text channel; needs GUILD_MESSAGE_TYPING. */
  TYPING_START(20),
  /** A human's status or activity changes; needs GUILD_PRESENCES. */
  PRESENCE_UPDATE(40),
  /** A human reacts to a recent message; needs GUILD_MESSAGE_REACTIONS. */
  MESSAGE_REACTION_ADD(12),
  /** A human changes their nickname; needs GUILD_MEMBERS. */
  GUILD_MEMBER_UPDATE(8);

  private final int weight;

  LoadEvent(int weight) {
    this.weight = weight;
  }

  /**
   * Returns how many of every 100 events of the full mix are of this type.
   *
   * @return the share in percent
   */
  public int weight() {
    return weight;
  }
}
