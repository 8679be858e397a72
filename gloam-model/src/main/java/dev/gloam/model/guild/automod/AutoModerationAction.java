package dev.gloam.model.guild.automod;

import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Something an auto moderation rule does when it fires. Maps Discord's "Auto Moderation Action
 * Object" (resources/auto-moderation).
 *
 * <p>Discord tells the actions apart by {@code type}; each variant carries the metadata of its
 * type. A type gloam does not know yet reads as an {@link UnknownAutoModerationAction} that keeps
 * and writes back the raw JSON.
 */
@JsonDeserialize(using = AutoModerationActionDeserializer.class)
public sealed interface AutoModerationAction
    permits BlockMessageAction,
        SendAlertMessageAction,
        TimeoutAction,
        BlockMemberInteractionAction,
        UnknownAutoModerationAction {

  /**
   * Returns the kind of action, written as the {@code type} field.
   *
   * @return the action type
   */
  @JsonProperty("type")
  AutoModerationActionType type();
}
