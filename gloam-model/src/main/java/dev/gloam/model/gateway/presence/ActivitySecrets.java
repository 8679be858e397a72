package dev.gloam.model.gateway.presence;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import java.util.Optional;

/**
 * Secrets for joining and spectating a rich presence. Maps Discord's "Activity Secrets"
 * (events/gateway-events). They are secrets of the game, so {@link #toString()} hides them.
 *
 * @param join the secret for joining a party
 * @param spectate the secret for spectating a game
 * @param match the secret for an instanced match
 */
public record ActivitySecrets(
    @JsonInclude(Include.NON_ABSENT) Optional<String> join,
    @JsonInclude(Include.NON_ABSENT) Optional<String> spectate,
    @JsonInclude(Include.NON_ABSENT) Optional<String> match) {
  @Override
  public String toString() {
    return "ActivitySecrets[<redacted>]";
  }
}
