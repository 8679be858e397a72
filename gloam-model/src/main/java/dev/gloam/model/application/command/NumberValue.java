package dev.gloam.model.application.command;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A command option value sent as a JSON number with a fraction or exponent, as for {@code NUMBER}
 * options.
 *
 * @param value the number
 */
public record NumberValue(@JsonValue double value) implements CommandOptionValue {
  @Override
  public String asString() {
    return Double.toString(value);
  }
}
