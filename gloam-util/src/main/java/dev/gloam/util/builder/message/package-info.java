/**
 * Builders of parts of a message being sent (resources/message, resources/poll): {@link
 * dev.gloam.util.builder.message.AllowedMentionsBuilder} and {@link
 * dev.gloam.util.builder.message.PollBuilder}. Each {@code build()} checks Discord's limits with
 * gloam-validate and throws a {@link dev.gloam.validate.ValidationException} naming the field.
 *
 * <p>The builders are not thread-safe; what they build is immutable.
 */
package dev.gloam.util.builder.message;
