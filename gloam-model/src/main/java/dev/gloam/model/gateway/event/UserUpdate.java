package dev.gloam.model.gateway.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.user.User;

/**
 * The bot's own user changed. Maps Discord's "User Update" event (events/gateway-events), whose
 * {@code d} is the object itself.
 *
 * @param user the current user
 */
public record UserUpdate(@JsonValue User user) implements Event {
  /**
   * Wraps the object Discord sends as {@code d}.
   *
   * @param user the current user
   * @return the event
   */
  @JsonCreator
  public static UserUpdate of(User user) {
    return new UserUpdate(user);
  }

  @Override
  public EventType kind() {
    return EventType.USER_UPDATE;
  }
}
