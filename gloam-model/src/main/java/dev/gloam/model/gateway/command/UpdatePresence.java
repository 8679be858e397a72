package dev.gloam.model.gateway.command;

import dev.gloam.model.gateway.OpCode;
import dev.gloam.model.gateway.presence.Activity;
import dev.gloam.model.gateway.presence.Status;
import java.util.List;
import java.util.Optional;

/**
 * Sets the bot's presence. Maps Discord's "Update Presence" send event (events/gateway-events); the
 * same object is the optional {@code presence} of {@link Identify}.
 *
 * <pre>{@code
 * shard.command(UpdatePresence.of(Status.ONLINE, Activity.of(ActivityType.PLAYING, "with gloam")));
 * }</pre>
 *
 * @param since when the bot went idle, in Unix milliseconds, or empty when it is not idle (sent as
 *     {@code null})
 * @param activities the bot's activities
 * @param status the bot's status
 * @param afk whether the bot is away
 */
public record UpdatePresence(
    Optional<Long> since, List<Activity> activities, Status status, boolean afk)
    implements GatewayCommand {
  /** Copies the list. */
  public UpdatePresence {
    activities = List.copyOf(activities);
  }

  /**
   * Returns a presence with a status and activities, not idle and not away.
   *
   * @param status the status
   * @param activities the activities
   * @return the command
   */
  public static UpdatePresence of(Status status, Activity... activities) {
    return new UpdatePresence(Optional.empty(), List.of(activities), status, false);
  }

  @Override
  public OpCode opcode() {
    return OpCode.PRESENCE_UPDATE;
  }
}
