package dev.gloam.model.gateway.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.guild.automod.AutoModerationRule;

/**
 * An auto moderation rule was changed; sent only to bots with the {@code MANAGE_GUILD} permission.
 * Maps Discord's "Auto Moderation Rule Update" event (events/gateway-events), whose {@code d} is
 * the object itself.
 *
 * @param rule the rule as it is now
 */
public record AutoModerationRuleUpdate(@JsonValue AutoModerationRule rule) implements Event {
  /**
   * Wraps the object Discord sends as {@code d}.
   *
   * @param rule the rule as it is now
   * @return the event
   */
  @JsonCreator
  public static AutoModerationRuleUpdate of(AutoModerationRule rule) {
    return new AutoModerationRuleUpdate(rule);
  }

  @Override
  public EventType kind() {
    return EventType.AUTO_MODERATION_RULE_UPDATE;
  }
}
