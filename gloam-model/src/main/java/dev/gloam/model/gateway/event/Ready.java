package dev.gloam.model.gateway.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.application.PartialApplication;
import dev.gloam.model.gateway.ShardId;
import dev.gloam.model.guild.UnavailableGuild;
import dev.gloam.model.user.User;
import java.util.List;
import java.util.Optional;

/**
 * The session is established. Maps Discord's "Ready" event (events/gateway-events). The guilds
 * arrive afterwards, one {@link GuildCreate} each.
 *
 * <p>Keep {@code sessionId} and {@code resumeGatewayUrl}: they resume the session after a
 * disconnect without replaying {@code IDENTIFY}.
 *
 * @param v the gateway version
 * @param user the bot's user
 * @param guilds the bot's guilds, all unavailable until their {@code GUILD_CREATE}
 * @param sessionId the id to resume this session with
 * @param resumeGatewayUrl the URL to resume at
 * @param shard the shard this session is, if it identified with one
 * @param application the bot's application
 */
public record Ready(
    int v,
    User user,
    List<UnavailableGuild> guilds,
    String sessionId,
    String resumeGatewayUrl,
    @JsonInclude(Include.NON_ABSENT) Optional<ShardId> shard,
    PartialApplication application)
    implements Event {
  @Override
  public EventType kind() {
    return EventType.READY;
  }
}
