package dev.gloam.model.gateway.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.guild.automod.AutoModerationRule;

/**
 * An auto moderation rule was created; sent only to bots with the {@code MANAGE_GUILD} permission.
 * Maps Discord's "Auto Moderation Rule Create" event (events/gateway-events), whose {@code d} is
 * the object itself.
 *
 * @param rule the new rule
 */
public record AutoModerationRuleCreate(@JsonValue AutoModerationRule rule) implements Event {
  /**
   * Wraps the object Discord sends as {@code d}.
   *
   * @param rule the new rule
   * @return the event
   */
  @JsonCreator
  public static AutoModerationRuleCreate of(AutoModerationRule rule) {
    return new AutoModerationRuleCreate(rule);
  }

  @Override
  public EventType kind() {
    return EventType.AUTO_MODERATION_RULE_CREATE;
  }
}
