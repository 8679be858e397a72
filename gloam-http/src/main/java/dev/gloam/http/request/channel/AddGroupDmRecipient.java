package dev.gloam.http.request.channel;

import dev.gloam.http.request.Request;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.channel.Channel;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.UserMarker;
import dev.gloam.model.json.ModelJson;
import java.util.Optional;

/**
 * Adds a user to a group DM with an OAuth2 access token of theirs that has the {@code gdm.join}
 * scope. Discord answers with the group DM when the user was added (201), and with nothing when
 * they were in it already (204). Maps "Group DM Add Recipient" ({@code PUT
 * /channels/{channel.id}/recipients/{user.id}}, resources/channel). Obtained from {@link
 * dev.gloam.http.ChannelRequests#addGroupDmRecipient}.
 *
 * <pre>{@code
 * client.addGroupDmRecipient(groupId, userId).accessToken(token).nick("Sam").send();
 * }</pre>
 */
public final class AddGroupDmRecipient extends Request<Optional<Channel>> {
  /**
   * Creates the request; use {@link dev.gloam.http.ChannelRequests#addGroupDmRecipient} instead.
   *
   * @param transport the client's transport
   * @param channelId the group DM
   * @param userId the user to add
   */
  public AddGroupDmRecipient(
      Transport transport, Id<ChannelMarker> channelId, Id<UserMarker> userId) {
    super(
        transport,
        Route.ADD_GROUP_DM_USER,
        body ->
            body.length == 0 ? Optional.empty() : Optional.of(ModelJson.read(body, Channel.class)),
        channelId,
        userId);
  }

  /**
   * Sets the user's OAuth2 access token (with the {@code gdm.join} scope). It is sent in the body
   * and never appears in this request's {@code toString}.
   *
   * @param accessToken the access token
   * @return this request
   */
  public AddGroupDmRecipient accessToken(String accessToken) {
    json().set("access_token", accessToken);
    return this;
  }

  /**
   * Sets the user's nickname in the group DM.
   *
   * @param nick the nickname
   * @return this request
   */
  public AddGroupDmRecipient nick(String nick) {
    json().set("nick", nick);
    return this;
  }
}
