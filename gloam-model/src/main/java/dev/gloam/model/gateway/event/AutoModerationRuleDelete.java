package dev.gloam.model.gateway.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.guild.automod.AutoModerationRule;

/**
 * An auto moderation rule was removed; sent only to bots with the {@code MANAGE_GUILD} permission.
 * Maps Discord's "Auto Moderation Rule Delete" event (events/gateway-events), whose {@code d} is
 * the object itself.
 *
 * @param rule the rule as it was before its removal
 */
public record AutoModerationRuleDelete(@JsonValue AutoModerationRule rule) implements Event {
  /**
   * Wraps the object Discord sends as {@code d}.
   *
   * @param rule the rule as it was before its removal
   * @return the event
   */
  @JsonCreator
  public static AutoModerationRuleDelete of(AutoModerationRule rule) {
    return new AutoModerationRuleDelete(rule);
  }

  @Override
  public EventType kind() {
    return EventType.AUTO_MODERATION_RULE_DELETE;
  }
}
