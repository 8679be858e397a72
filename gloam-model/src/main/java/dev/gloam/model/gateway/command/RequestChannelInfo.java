package dev.gloam.model.gateway.command;

import dev.gloam.model.gateway.OpCode;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import java.util.List;

/**
 * Asks for ephemeral data of a guild's channels, answered by a {@code CHANNEL_INFO} event. Maps
 * Discord's "Request Channel Info" send event (events/gateway-events).
 *
 * @param guildId the guild
 * @param fields the fields wanted: {@code status} and {@code voice_start_time} exist today
 */
public record RequestChannelInfo(Id<GuildMarker> guildId, List<String> fields)
    implements GatewayCommand {
  /** Copies the list. */
  public RequestChannelInfo {
    fields = List.copyOf(fields);
  }

  @Override
  public OpCode opcode() {
    return OpCode.REQUEST_CHANNEL_INFO;
  }
}
