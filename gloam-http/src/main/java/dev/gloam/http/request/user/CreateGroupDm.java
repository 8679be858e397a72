package dev.gloam.http.request.user;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.channel.Channel;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.UserMarker;
import dev.gloam.validate.Check;
import java.util.List;
import java.util.Map;

/**
 * Creates a group DM with users who granted the app the {@code gdm.join} scope. Same route as
 * {@link CreateDm}, with the group fields. Maps "Create Group DM" ({@code POST
 * /users/@me/channels}, resources/user). Obtained from {@link
 * dev.gloam.http.UserRequests#createGroupDm}.
 *
 * <pre>{@code
 * Channel group = client.createGroupDm(List.of(aliceToken, bobToken)).nicks(Map.of(aliceId, "Alice")).send().model();
 * }</pre>
 */
public final class CreateGroupDm extends Request<Channel> {
  /**
   * Creates the request; use {@link dev.gloam.http.UserRequests#createGroupDm} instead.
   *
   * @param transport the client's transport
   * @param accessTokens access tokens of users who granted {@code gdm.join}
   */
  public CreateGroupDm(Transport transport, List<String> accessTokens) {
    super(transport, Route.CREATE_DM, BodyReader.of(Channel.class));
    accessTokens(accessTokens);
  }

  /**
   * Sets the access tokens of the users to add.
   *
   * @param accessTokens the tokens; they are never printed
   * @return this request
   */
  public CreateGroupDm accessTokens(List<String> accessTokens) {
    json().set("access_tokens", accessTokens);
    check(() -> Check.count("access_tokens", accessTokens, 1, 10));
    return this;
  }

  /**
   * Sets the nicknames of the users in the group.
   *
   * @param nicks nicknames by user
   * @return this request
   */
  public CreateGroupDm nicks(Map<Id<UserMarker>, String> nicks) {
    json().set("nicks", nicks);
    return this;
  }
}
