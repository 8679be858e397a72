package dev.gloam.model.guild.automod;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import java.util.Optional;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Stops the offending message from being posted ({@link AutoModerationActionType#BLOCK_MESSAGE}).
 *
 * @param metadata the action's settings; Discord may leave them out
 */
@JsonDeserialize(using = ValueDeserializer.None.class)
public record BlockMessageAction(@JsonInclude(Include.NON_ABSENT) Optional<Metadata> metadata)
    implements AutoModerationAction {

  @Override
  public AutoModerationActionType type() {
    return AutoModerationActionType.BLOCK_MESSAGE;
  }

  /**
   * The settings of a block message action. Maps the {@code BLOCK_MESSAGE} row of Discord's "Action
   * Metadata" table.
   *
   * @param customMessage the explanation shown to the member whose message was blocked (at most 150
   *     characters); absent for Discord's default text
   */
  public record Metadata(@JsonInclude(Include.NON_ABSENT) Optional<String> customMessage) {}
}
