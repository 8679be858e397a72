/**
 * Builders of application commands (interactions/application-commands): {@link
 * dev.gloam.util.builder.command.CommandBuilder} for the command itself and one builder per option
 * type, such as {@link dev.gloam.util.builder.command.StringOptionBuilder}. Each {@code build()}
 * checks Discord's limits with gloam-validate's {@link dev.gloam.validate.command.CommandChecks}
 * and throws a {@link dev.gloam.validate.ValidationException} naming the field that breaks one.
 *
 * <p>The builders are not thread-safe: fill one on one thread, then share what it built, which is
 * immutable.
 */
package dev.gloam.util.builder.command;
