package dev.gloam.model.guild.automod;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import java.util.Optional;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Keeps the member from chatting, talking and interacting in the guild ({@link
 * AutoModerationActionType#BLOCK_MEMBER_INTERACTION}).
 *
 * @param metadata the action's settings, an empty object when Discord sends one
 */
@JsonDeserialize(using = ValueDeserializer.None.class)
public record BlockMemberInteractionAction(
    @JsonInclude(Include.NON_ABSENT) Optional<Metadata> metadata) implements AutoModerationAction {

  @Override
  public AutoModerationActionType type() {
    return AutoModerationActionType.BLOCK_MEMBER_INTERACTION;
  }

  /**
   * The settings of a block member interaction action; Discord documents none, so this is always
   * the empty object.
   */
  // The annotation makes Jackson write an empty record as {} instead of failing.
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Metadata() {}
}
