package dev.gloam.model.gateway.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.application.interaction.Interaction;

/**
 * A user used one of the app's commands or components, or submitted one of its modals. Maps
 * Discord's "Interaction Create" event (events/gateway-events), whose {@code d} is the interaction
 * itself.
 *
 * <p>{@link #toString()} leaves out the interaction's token, which lets anyone answer it.
 *
 * @param interaction the interaction
 */
public record InteractionCreate(@JsonValue Interaction interaction) implements Event {
  /**
   * Wraps the interaction Discord sends as {@code d}.
   *
   * @param interaction the interaction
   * @return the event
   */
  @JsonCreator
  public static InteractionCreate of(Interaction interaction) {
    return new InteractionCreate(interaction);
  }

  @Override
  public EventType kind() {
    return EventType.INTERACTION_CREATE;
  }

  /** Describes the interaction by its id, type and place, without its token. */
  @Override
  public String toString() {
    return "InteractionCreate[id="
        + interaction.id()
        + ", type="
        + interaction.type()
        + ", guildId="
        + interaction.guildId()
        + ", channelId="
        + interaction.channelId()
        + ", token=<hidden>]";
  }
}
