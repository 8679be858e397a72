package dev.gloam.model.application.command;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A command option value sent as a JSON integer, as for {@code INTEGER} options.
 *
 * @param value the integer, between -2^53 and 2^53 for Discord's integer options
 */
public record IntegerValue(@JsonValue long value) implements CommandOptionValue {
  @Override
  public String asString() {
    return Long.toString(value);
  }
}
