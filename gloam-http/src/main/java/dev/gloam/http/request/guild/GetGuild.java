package dev.gloam.http.request.guild;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.guild.Guild;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;

/**
 * Gets a guild the bot is in. Maps "Get Guild" ({@code GET /guilds/{guild.id}}, resources/guild).
 * Obtained from {@link dev.gloam.http.GuildRequests#guild}.
 *
 * <pre>{@code
 * Guild guild = client.guild(guildId).withCounts(true).send().model();
 * int members = guild.approximateMemberCount().orElse(0);
 * }</pre>
 */
public final class GetGuild extends Request<Guild> {
  /**
   * Creates the request; use {@link dev.gloam.http.GuildRequests#guild} instead.
   *
   * @param transport the client's transport
   * @param guildId the guild
   */
  public GetGuild(Transport transport, Id<GuildMarker> guildId) {
    super(transport, Route.GET_GUILD, BodyReader.of(Guild.class), guildId);
  }

  /**
   * Sets whether the answer includes the approximate member and online counts.
   *
   * @param withCounts {@code true} to get {@code approximate_member_count} and {@code
   *     approximate_presence_count}
   * @return this request
   */
  public GetGuild withCounts(boolean withCounts) {
    query().set("with_counts", withCounts);
    return this;
  }
}
