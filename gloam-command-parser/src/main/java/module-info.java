/** Parses prefix commands and their arguments out of message text. */
module dev.gloam.command.parser {
  requires transitive dev.gloam.model;
}
