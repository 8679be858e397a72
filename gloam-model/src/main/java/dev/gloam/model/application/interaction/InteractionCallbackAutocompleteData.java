package dev.gloam.model.application.interaction;

import dev.gloam.model.application.command.CommandOptionChoice;
import java.util.List;

/**
 * The suggestions of an {@code APPLICATION_COMMAND_AUTOCOMPLETE_RESULT} response. Maps the
 * "Autocomplete" table of Discord's "Interaction Callback Data Structure"
 * (interactions/receiving-and-responding).
 *
 * @param choices the suggested choices, up to 25
 */
public record InteractionCallbackAutocompleteData(List<CommandOptionChoice> choices) {}
