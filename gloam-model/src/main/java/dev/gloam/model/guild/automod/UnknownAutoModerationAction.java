package dev.gloam.model.guild.automod;

import com.fasterxml.jackson.annotation.JsonValue;
import tools.jackson.databind.JsonNode;

/**
 * An auto moderation action of a type gloam does not know yet, kept as raw JSON and written back
 * unchanged.
 *
 * @param raw the whole action object
 */
public record UnknownAutoModerationAction(@JsonValue JsonNode raw) implements AutoModerationAction {

  @Override
  public AutoModerationActionType type() {
    return AutoModerationActionType.of(raw.path("type").asInt(0));
  }
}
