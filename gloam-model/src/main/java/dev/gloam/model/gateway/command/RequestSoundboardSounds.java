package dev.gloam.model.gateway.command;

import dev.gloam.model.gateway.OpCode;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import java.util.List;

/**
 * Asks for the soundboard sounds of guilds, answered by {@code SOUNDBOARD_SOUNDS} events. Maps
 * Discord's "Request Soundboard Sounds" send event (events/gateway-events).
 *
 * @param guildIds the guilds
 */
public record RequestSoundboardSounds(List<Id<GuildMarker>> guildIds) implements GatewayCommand {
  /** Copies the list. */
  public RequestSoundboardSounds {
    guildIds = List.copyOf(guildIds);
  }

  @Override
  public OpCode opcode() {
    return OpCode.REQUEST_SOUNDBOARD_SOUNDS;
  }
}
