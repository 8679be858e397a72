package dev.gloam.model.channel.message.component;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * A component of a type gloam does not know yet. It keeps the JSON exactly as Discord sent it and
 * writes it back unchanged.
 *
 * @param raw the whole component object
 */
public record UnknownComponent(@JsonValue JsonNode raw) implements Component {
  @Override
  public ComponentType type() {
    return ComponentType.of(raw.path("type").asInt(0));
  }

  @Override
  public Optional<Integer> id() {
    JsonNode id = raw.path("id");
    return id.isIntegralNumber() ? Optional.of(id.asInt(0)) : Optional.empty();
  }
}
