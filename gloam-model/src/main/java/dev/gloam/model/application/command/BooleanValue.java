package dev.gloam.model.application.command;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A command option value sent as a JSON boolean, as for {@code BOOLEAN} options.
 *
 * @param value the boolean
 */
public record BooleanValue(@JsonValue boolean value) implements CommandOptionValue {
  @Override
  public String asString() {
    return Boolean.toString(value);
  }
}
