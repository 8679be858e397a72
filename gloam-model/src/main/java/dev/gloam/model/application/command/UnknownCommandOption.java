package dev.gloam.model.application.command;

import com.fasterxml.jackson.annotation.JsonValue;
import tools.jackson.databind.JsonNode;

/**
 * A command option of a type gloam does not know yet, kept as Discord sent it and written back
 * unchanged.
 *
 * @param raw the option's JSON object
 */
public record UnknownCommandOption(@JsonValue JsonNode raw) implements CommandOption {
  @Override
  public CommandOptionType type() {
    return CommandOptionType.of(raw.path("type").asInt());
  }

  @Override
  public String name() {
    return raw.path("name").asString();
  }
}
