package dev.gloam.http.request.guild;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import tools.jackson.databind.JsonNode;

/**
 * Gets the guild's new member welcome settings (its home settings). Discord's docs do not describe
 * this object yet, so the answer is kept as JSON; an empty answer (204) is a missing node. Maps
 * "Get Guild New Member Welcome" ({@code GET /guilds/{guild.id}/new-member-welcome}, OpenAPI only).
 * Obtained from {@link dev.gloam.http.GuildRequests#guildNewMemberWelcome}.
 *
 * <pre>{@code
 * JsonNode welcome = client.guildNewMemberWelcome(guildId).send().model();
 * }</pre>
 */
public final class GetGuildNewMemberWelcome extends Request<JsonNode> {
  /**
   * Creates the request; use {@link dev.gloam.http.GuildRequests#guildNewMemberWelcome} instead.
   *
   * @param transport the client's transport
   * @param guildId the guild
   */
  public GetGuildNewMemberWelcome(Transport transport, Id<GuildMarker> guildId) {
    super(transport, Route.GET_GUILD_NEW_MEMBER_WELCOME, BodyReader.json(), guildId);
  }
}
