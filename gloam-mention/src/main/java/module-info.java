/**
 * Formats and parses Discord mentions, timestamps and emojis in message text: {@link
 * dev.gloam.mention.Mentions} writes markup, {@link dev.gloam.mention.Mention#parse} reads one
 * mention, {@link dev.gloam.mention.MentionScanner} finds them all with their positions.
 */
module dev.gloam.mention {
  requires transitive dev.gloam.model;

  exports dev.gloam.mention;
}
