package dev.gloam.http.request.invite;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.MessageMarker;
import dev.gloam.model.id.marker.ScheduledEventMarker;
import dev.gloam.model.invite.Invite;

/**
 * Resolves an invite code into the invite: its guild, channel and inviter. Maps "Get Invite"
 * ({@code GET /invites/{invite.code}}, resources/invite). Obtained from {@link
 * dev.gloam.http.InviteRequests#invite}.
 *
 * <pre>{@code
 * Invite invite = client.invite("gloam").withCounts(true).send().model();
 * }</pre>
 */
public final class GetInvite extends Request<Invite> {
  /**
   * Creates the request; use {@link dev.gloam.http.InviteRequests#invite} instead.
   *
   * @param transport the client's transport
   * @param code the invite's code
   */
  public GetInvite(Transport transport, String code) {
    super(transport, Route.INVITE_RESOLVE, BodyReader.of(Invite.class), code);
  }

  /**
   * Sets whether the invite includes the guild's approximate member and online counts.
   *
   * @param withCounts {@code true} to include them
   * @return this request
   */
  public GetInvite withCounts(boolean withCounts) {
    query().set("with_counts", withCounts);
    return this;
  }

  /**
   * Includes a scheduled event of the guild with the invite.
   *
   * @param guildScheduledEventId the event
   * @return this request
   */
  public GetInvite guildScheduledEventId(Id<ScheduledEventMarker> guildScheduledEventId) {
    query().set("guild_scheduled_event_id", guildScheduledEventId);
    return this;
  }

  /**
   * Resolves the invite as seen from a channel (a parameter of Discord's OpenAPI description).
   *
   * @param targetChannelId the channel
   * @return this request
   */
  public GetInvite targetChannelId(Id<ChannelMarker> targetChannelId) {
    query().set("target_channel_id", targetChannelId);
    return this;
  }

  /**
   * Resolves the invite as seen from a message (a parameter of Discord's OpenAPI description).
   *
   * @param targetMessageId the message
   * @return this request
   */
  public GetInvite targetMessageId(Id<MessageMarker> targetMessageId) {
    query().set("target_message_id", targetMessageId);
    return this;
  }
}
