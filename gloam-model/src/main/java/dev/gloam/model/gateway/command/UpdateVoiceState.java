package dev.gloam.model.gateway.command;

import dev.gloam.model.gateway.OpCode;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.GuildMarker;
import java.util.Optional;

/**
 * Joins, moves between or leaves voice channels. Maps Discord's "Update Voice State" send event
 * (events/gateway-events).
 *
 * @param guildId the guild
 * @param channelId the voice channel to join, or empty to disconnect (sent as {@code null})
 * @param selfMute whether the bot is muted
 * @param selfDeaf whether the bot is deafened
 */
public record UpdateVoiceState(
    Id<GuildMarker> guildId,
    Optional<Id<ChannelMarker>> channelId,
    boolean selfMute,
    boolean selfDeaf)
    implements GatewayCommand {
  @Override
  public OpCode opcode() {
    return OpCode.VOICE_STATE_UPDATE;
  }
}
