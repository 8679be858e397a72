package dev.gloam.model.application;

import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ApplicationMarker;

/**
 * The part of the bot's application that {@code READY} carries: its id and flags. Maps the {@code
 * application} field of Discord's "Ready" event (events/gateway-events); the whole object is {@link
 * Application}.
 *
 * @param id the application's id, which interactions and commands are registered under
 * @param flags the application's public flags
 */
public record PartialApplication(Id<ApplicationMarker> id, ApplicationFlags flags) {}
