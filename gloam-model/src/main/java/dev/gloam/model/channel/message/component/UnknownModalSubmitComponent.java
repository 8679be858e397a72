package dev.gloam.model.channel.message.component;

import com.fasterxml.jackson.annotation.JsonValue;
import tools.jackson.databind.JsonNode;

/**
 * A submitted component of a type gloam does not know yet. It keeps the JSON exactly as Discord
 * sent it and writes it back unchanged.
 *
 * @param raw the whole submitted component object
 */
public record UnknownModalSubmitComponent(@JsonValue JsonNode raw) implements ModalSubmitComponent {
  @Override
  public ComponentType type() {
    return ComponentType.of(raw.path("type").asInt(0));
  }
}
