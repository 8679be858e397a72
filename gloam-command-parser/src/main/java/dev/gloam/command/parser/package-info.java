/**
 * Prefix commands in message text, such as {@code !ban @someone spamming}: a {@link
 * dev.gloam.command.parser.CommandParser} built once from prefixes and commands, the {@link
 * dev.gloam.command.parser.Command} it finds in a message, and the {@link
 * dev.gloam.command.parser.Arguments} that split the rest of the text, with quotes and escapes.
 *
 * <p>The rules for prefixes and command names are on {@link dev.gloam.command.parser.CommandParser}
 * and those for arguments on {@link dev.gloam.command.parser.Arguments}; docs/command-parser.md has
 * a short guide.
 */
package dev.gloam.command.parser;
