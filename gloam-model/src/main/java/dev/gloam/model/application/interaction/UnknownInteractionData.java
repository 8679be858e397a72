package dev.gloam.model.application.interaction;

import com.fasterxml.jackson.annotation.JsonValue;
import tools.jackson.databind.JsonNode;

/**
 * The data of an interaction whose type gloam does not know yet, kept as Discord sent it and
 * written back unchanged.
 *
 * @param raw the data's JSON value
 */
public record UnknownInteractionData(@JsonValue JsonNode raw) implements InteractionData {}
