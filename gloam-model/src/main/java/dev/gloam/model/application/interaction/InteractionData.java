package dev.gloam.model.application.interaction;

/**
 * The {@code data} of an interaction, whose shape depends on the interaction's {@link
 * InteractionType}. Maps Discord's "Interaction Data" table
 * (interactions/receiving-and-responding).
 *
 * <p>The variant is chosen by the enclosing {@link Interaction}'s {@code type}, not by a field of
 * the data itself, so read interactions whole rather than their data alone. Data of an interaction
 * type gloam does not know is kept as {@link UnknownInteractionData}.
 */
public sealed interface InteractionData
    permits ApplicationCommandData, MessageComponentData, ModalSubmitData, UnknownInteractionData {}
