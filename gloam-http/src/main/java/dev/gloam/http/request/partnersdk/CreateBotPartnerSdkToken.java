package dev.gloam.http.request.partnersdk;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.UserMarker;
import dev.gloam.model.oauth2.ProvisionalToken;
import dev.gloam.validate.Check;

/**
 * Issues, with the bot token, a Discord access token for a player the game identifies itself. Maps
 * "Get Provisional Token for Bot" ({@code POST /partner-sdk/token/bot}, in Discord's OpenAPI
 * description). Obtained from {@link dev.gloam.http.PartnerSdkRequests#createBotPartnerSdkToken}.
 *
 * <pre>{@code
 * ProvisionalToken token = client.createBotPartnerSdkToken("player-42").preferredGlobalName("Knight").send().model();
 * }</pre>
 */
public final class CreateBotPartnerSdkToken extends Request<ProvisionalToken> {
  /**
   * Creates the request; use {@link dev.gloam.http.PartnerSdkRequests#createBotPartnerSdkToken}
   * instead.
   *
   * @param transport the client's transport
   * @param externalUserId the game's id of the player, 1 to 1024 characters
   */
  public CreateBotPartnerSdkToken(Transport transport, String externalUserId) {
    super(transport, Route.BOT_PARTNER_SDK_TOKEN, BodyReader.of(ProvisionalToken.class));
    externalUserId(externalUserId);
  }

  /**
   * Sets the game's id of the player.
   *
   * @param externalUserId 1 to 1024 characters
   * @return this request
   */
  public CreateBotPartnerSdkToken externalUserId(String externalUserId) {
    json().set("external_user_id", externalUserId);
    check(() -> Check.length("external_user_id", externalUserId, 1, 1024));
    return this;
  }

  /**
   * Names the provisional account to issue the token for.
   *
   * @param provisionalUserId the user, or {@code null}
   * @return this request
   */
  public CreateBotPartnerSdkToken provisionalUserId(Id<UserMarker> provisionalUserId) {
    json().set("provisional_user_id", provisionalUserId);
    return this;
  }

  /**
   * Sets the display name of a newly created provisional account.
   *
   * @param preferredGlobalName 1 to 32 characters, or {@code null}
   * @return this request
   */
  public CreateBotPartnerSdkToken preferredGlobalName(String preferredGlobalName) {
    json().set("preferred_global_name", preferredGlobalName);
    check(() -> Check.length("preferred_global_name", preferredGlobalName, 1, 32));
    return this;
  }
}
