package dev.gloam.http.request.scheduledevent;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.guild.scheduledevent.GuildScheduledEventUser;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.ScheduledEventExceptionMarker;
import dev.gloam.model.id.marker.ScheduledEventMarker;
import dev.gloam.model.id.marker.UserMarker;
import dev.gloam.validate.scheduledevent.ScheduledEventChecks;
import java.util.List;

/**
 * Gets the users subscribed to one occurrence (an exception) of a recurring scheduled event. Maps
 * "List Guild Scheduled Event Exception Users" ({@code GET
 * /guilds/{guild.id}/scheduled-events/{guild_scheduled_event.id}/{guild_scheduled_event_exception.id}/users},
 * OpenAPI description only). Obtained from {@link
 * dev.gloam.http.ScheduledEventRequests#guildScheduledEventExceptionUsers}.
 *
 * <pre>{@code
 * List<GuildScheduledEventUser> users =
 *     client.guildScheduledEventExceptionUsers(guildId, eventId, exceptionId).send().model();
 * }</pre>
 */
public final class GetGuildScheduledEventExceptionUsers
    extends Request<List<GuildScheduledEventUser>> {
  /**
   * Creates the request; use {@link
   * dev.gloam.http.ScheduledEventRequests#guildScheduledEventExceptionUsers} instead.
   *
   * @param transport the client's transport
   * @param guildId the guild
   * @param eventId the scheduled event
   * @param exceptionId the exception (one changed or canceled occurrence of a recurring event)
   */
  public GetGuildScheduledEventExceptionUsers(
      Transport transport,
      Id<GuildMarker> guildId,
      Id<ScheduledEventMarker> eventId,
      Id<ScheduledEventExceptionMarker> exceptionId) {
    super(
        transport,
        Route.LIST_GUILD_SCHEDULED_EVENT_EXCEPTION_USERS,
        BodyReader.listOf(GuildScheduledEventUser.class),
        guildId,
        eventId,
        exceptionId);
  }

  /**
   * Sets how many users to get, 1 to 100 (Discord's default is 100).
   *
   * @param limit the page size
   * @return this request
   */
  public GetGuildScheduledEventExceptionUsers limit(int limit) {
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
  public GetGuildScheduledEventExceptionUsers withMember(boolean withMember) {
    query().set("with_member", withMember);
    return this;
  }

  /**
   * Gets the users whose ids come before this one, for paging backwards.
   *
   * @param before the user id to page from
   * @return this request
   */
  public GetGuildScheduledEventExceptionUsers before(Id<UserMarker> before) {
    query().set("before", before);
    return this;
  }

  /**
   * Gets the users whose ids come after this one, for paging forwards.
   *
   * @param after the user id to page from
   * @return this request
   */
  public GetGuildScheduledEventExceptionUsers after(Id<UserMarker> after) {
    query().set("after", after);
    return this;
  }
}
