/** Formats and parses Discord mentions, timestamps and emojis in message text. */
module dev.gloam.mention {
  requires transitive dev.gloam.model;
}
