/**
 * Parses prefix commands and their arguments out of message text: {@link
 * dev.gloam.command.parser.CommandParser} finds a configured prefix and command at the start of a
 * message, {@link dev.gloam.command.parser.Arguments} splits the rest into arguments.
 */
module dev.gloam.command.parser {
  requires transitive dev.gloam.model;

  exports dev.gloam.command.parser;
}
