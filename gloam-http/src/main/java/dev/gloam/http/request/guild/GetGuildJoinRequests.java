package dev.gloam.http.request.guild;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GenericMarker;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.validate.guild.GuildChecks;
import tools.jackson.databind.JsonNode;

/**
 * Lists the requests to join a guild that uses member applications. Discord's docs do not describe
 * these objects yet (only the OpenAPI description does), so the answer, {@code {"total": n,
 * "guild_join_requests": [...]}}, is kept as JSON. Maps "Get Guild Join Requests" ({@code GET
 * /guilds/{guild.id}/requests}, OpenAPI only). Obtained from {@link
 * dev.gloam.http.GuildRequests#guildJoinRequests}.
 *
 * <pre>{@code
 * JsonNode page = client.guildJoinRequests(guildId).status("SUBMITTED").limit(50).send().model();
 * }</pre>
 */
public final class GetGuildJoinRequests extends Request<JsonNode> {
  /**
   * Creates the request; use {@link dev.gloam.http.GuildRequests#guildJoinRequests} instead.
   *
   * @param transport the client's transport
   * @param guildId the guild
   */
  public GetGuildJoinRequests(Transport transport, Id<GuildMarker> guildId) {
    super(transport, Route.GET_GUILD_JOIN_REQUESTS, BodyReader.json(), guildId);
  }

  /**
   * Sets which requests to list by their state: {@code STARTED}, {@code SUBMITTED}, {@code
   * REJECTED} or {@code APPROVED}.
   *
   * @param status the state
   * @return this request
   */
  public GetGuildJoinRequests status(String status) {
    query().set("status", status);
    return this;
  }

  /**
   * Sets how many requests to list, 1 to 100.
   *
   * @param limit the number of requests
   * @return this request
   */
  public GetGuildJoinRequests limit(int limit) {
    query().set("limit", limit);
    check(() -> GuildChecks.joinRequestsLimit(limit));
    return this;
  }

  /**
   * Lists only requests with an id below this one.
   *
   * @param before the request id to page back from
   * @return this request
   */
  public GetGuildJoinRequests before(Id<GenericMarker> before) {
    query().set("before", before);
    return this;
  }

  /**
   * Lists only requests with an id above this one.
   *
   * @param after the request id to page forward from
   * @return this request
   */
  public GetGuildJoinRequests after(Id<GenericMarker> after) {
    query().set("after", after);
    return this;
  }
}
