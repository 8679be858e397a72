package dev.gloam.model.application.command;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A command option value sent as a JSON string: a string option's value, an id, or a partial
 * autocomplete input.
 *
 * @param value the string
 */
public record StringValue(@JsonValue String value) implements CommandOptionValue {
  @Override
  public String asString() {
    return value;
  }
}
