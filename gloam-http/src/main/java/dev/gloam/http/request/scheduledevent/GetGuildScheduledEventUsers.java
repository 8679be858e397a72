package dev.gloam.http.request.scheduledevent;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.guild.scheduledevent.GuildScheduledEventUser;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.ScheduledEventMarker;
import dev.gloam.model.id.marker.UserMarker;
import dev.gloam.validate.scheduledevent.ScheduledEventChecks;
import java.util.List;

/**
 * Gets the users subscribed to a scheduled event, a page at a time in the order of their ids. Maps
 * "Get Guild Scheduled Event Users" ({@code GET
 * /guilds/{guild.id}/scheduled-events/{guild_scheduled_event.id}/users},
 * resources/guild-scheduled-event). Obtained from {@link
 * dev.gloam.http.ScheduledEventRequests#guildScheduledEventUsers}.
 *
 * <pre>{@code
 * List<GuildScheduledEventUser> users =
 *     client.guildScheduledEventUsers(guildId, eventId).limit(50).withMember(true).send().model();
 * }</pre>
 */
public final class GetGuildScheduledEventUsers extends Request<List<GuildScheduledEventUser>> {
  /**
   * Creates the request; use {@link dev.gloam.http.ScheduledEventRequests#guildScheduledEventUsers}
   * instead.
   *
   * @param transport the client's transport
   * @param guildId the guild
   * @param eventId the scheduled event
   */
  public GetGuildScheduledEventUsers(
      Transport transport, Id<GuildMarker> guildId, Id<ScheduledEventMarker> eventId) {
    super(
        transport,
        Route.LIST_GUILD_SCHEDULED_EVENT_USERS,
        BodyReader.listOf(GuildScheduledEventUser.class),
        guildId,
        eventId);
  }

  /**
   * Sets how many users to get, 1 to 100 (Discord's default is 100).
   *
   * @param limit the page size
   * @return this request
   */
  public GetGuildScheduledEventUsers limit(int limit) {
    query().set("limit", limit);
    check(() -> ScheduledEventChecks.usersLimit(limit));
    return this;
  }

  /**
   * Sets whether each user comes with their member object in the guild, if they are a member.
   *
   * @param withMember {@code true} to include members
   * @return this request
   */
  public GetGuildScheduledEventUsers withMember(boolean withMember) {
    query().set("with_member", withMember);
    return this;
  }

  /**
   * Gets the users whose ids come before this one, for paging backwards.
   *
   * @param before the user id to page from
   * @return this request
   */
  public GetGuildScheduledEventUsers before(Id<UserMarker> before) {
    query().set("before", before);
    return this;
  }

  /**
   * Gets the users whose ids come after this one, for paging forwards.
   *
   * @param after the user id to page from
   * @return this request
   */
  public GetGuildScheduledEventUsers after(Id<UserMarker> after) {
    query().set("after", after);
    return this;
  }
}
