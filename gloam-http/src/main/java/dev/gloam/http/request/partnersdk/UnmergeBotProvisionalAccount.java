package dev.gloam.http.request.partnersdk;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.response.EmptyBody;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.validate.Check;

/**
 * Separates, with the bot token, a provisional account from the Discord account it was merged into.
 * Maps "Unmerge Provisional Account for Bot" ({@code POST
 * /partner-sdk/provisional-accounts/unmerge/bot}, in Discord's OpenAPI description). Obtained from
 * {@link dev.gloam.http.PartnerSdkRequests#unmergeBotProvisionalAccount}.
 *
 * <pre>{@code
 * client.unmergeBotProvisionalAccount("player-42").send();
 * }</pre>
 */
public final class UnmergeBotProvisionalAccount extends Request<EmptyBody> {
  /**
   * Creates the request; use {@link dev.gloam.http.PartnerSdkRequests#unmergeBotProvisionalAccount}
   * instead.
   *
   * @param transport the client's transport
   * @param externalUserId the game's id of the player, 1 to 1024 characters
   */
  public UnmergeBotProvisionalAccount(Transport transport, String externalUserId) {
    super(transport, Route.BOT_PARTNER_SDK_UNMERGE_PROVISIONAL_ACCOUNT, BodyReader.empty());
    externalUserId(externalUserId);
  }

  /**
   * Sets the game's id of the player.
   *
   * @param externalUserId 1 to 1024 characters
   * @return this request
   */
  public UnmergeBotProvisionalAccount externalUserId(String externalUserId) {
    json().set("external_user_id", externalUserId);
    check(() -> Check.length("external_user_id", externalUserId, 1, 1024));
    return this;
  }
}
