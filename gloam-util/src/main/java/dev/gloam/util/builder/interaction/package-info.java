/**
 * Builders of interaction responses (interactions/receiving-and-responding, "Interaction Response
 * Object"): {@link dev.gloam.util.builder.interaction.MessageResponseBuilder} for replies and
 * message updates, {@link dev.gloam.util.builder.interaction.AutocompleteResponseBuilder}, {@link
 * dev.gloam.util.builder.interaction.ModalResponseBuilder}, and {@link
 * dev.gloam.util.builder.interaction.InteractionResponses} for the responses without settings. Each
 * {@code build()} checks Discord's limits with gloam-validate and throws a {@link
 * dev.gloam.validate.ValidationException} whose path starts at the response, such as {@code
 * data.embeds[0].title}.
 *
 * <p>The builders are not thread-safe; what they build is immutable.
 */
package dev.gloam.util.builder.interaction;
