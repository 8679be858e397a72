package dev.gloam.http;

import dev.gloam.http.request.partnersdk.CreateBotPartnerSdkToken;
import dev.gloam.http.request.partnersdk.CreatePartnerSdkToken;
import dev.gloam.http.request.partnersdk.UnmergeBotProvisionalAccount;
import dev.gloam.http.request.partnersdk.UnmergeProvisionalAccount;
import dev.gloam.http.request.partnersdk.UpdateDmMessageModerationMetadata;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ApplicationMarker;
import dev.gloam.model.id.marker.MessageMarker;
import dev.gloam.model.id.marker.UserMarker;

/**
 * The partner SDK's provisional accounts and tokens, and moderation metadata of its DMs.
 *
 * <p>{@link Client} has these requests; they are grouped here by resource to keep each file small.
 * The routes:
 *
 * <ul>
 *   <li>{@code PUT
 *       /partner-sdk/dms/{user_id_1}/{user_id_2}/messages/{message_id}/moderation-metadata}
 *   <li>{@code POST /partner-sdk/provisional-accounts/unmerge}
 *   <li>{@code POST /partner-sdk/provisional-accounts/unmerge/bot}
 *   <li>{@code POST /partner-sdk/token}
 *   <li>{@code POST /partner-sdk/token/bot}
 * </ul>
 */
public sealed interface PartnerSdkRequests permits Client {
  /**
   * Returns the transport the requests are sent through.
   *
   * @return the client's transport
   */
  Transport transport();

  /**
   * Exchanges an external identity provider's token for a Discord access token of a provisional
   * account. Maps "Get Provisional Token" ({@code POST /partner-sdk/token}, in Discord's OpenAPI
   * description).
   *
   * @param clientId the application
   * @param externalAuthToken the identity provider's token for the player
   * @param externalAuthType the identity provider, such as {@code "OIDC"}
   * @return the request
   */
  default CreatePartnerSdkToken createPartnerSdkToken(
      Id<ApplicationMarker> clientId, String externalAuthToken, String externalAuthType) {
    return new CreatePartnerSdkToken(transport(), clientId, externalAuthToken, externalAuthType);
  }

  /**
   * Issues, with the bot token, a Discord access token for a player the game identifies itself.
   * Maps "Get Provisional Token for Bot" ({@code POST /partner-sdk/token/bot}, in Discord's OpenAPI
   * description).
   *
   * @param externalUserId the game's id of the player, 1 to 1024 characters
   * @return the request
   */
  default CreateBotPartnerSdkToken createBotPartnerSdkToken(String externalUserId) {
    return new CreateBotPartnerSdkToken(transport(), externalUserId);
  }

  /**
   * Separates a provisional account from the Discord account it was merged into, identified by the
   * identity provider's token. Maps "Unmerge Provisional Account" ({@code POST
   * /partner-sdk/provisional-accounts/unmerge}, in Discord's OpenAPI description).
   *
   * @param clientId the application
   * @param externalAuthToken the identity provider's token for the player
   * @param externalAuthType the identity provider, such as {@code "OIDC"}
   * @return the request
   */
  default UnmergeProvisionalAccount unmergeProvisionalAccount(
      Id<ApplicationMarker> clientId, String externalAuthToken, String externalAuthType) {
    return new UnmergeProvisionalAccount(
        transport(), clientId, externalAuthToken, externalAuthType);
  }

  /**
   * Separates, with the bot token, a provisional account from the Discord account it was merged
   * into. Maps "Unmerge Provisional Account for Bot" ({@code POST
   * /partner-sdk/provisional-accounts/unmerge/bot}, in Discord's OpenAPI description).
   *
   * @param externalUserId the game's id of the player, 1 to 1024 characters
   * @return the request
   */
  default UnmergeBotProvisionalAccount unmergeBotProvisionalAccount(String externalUserId) {
    return new UnmergeBotProvisionalAccount(transport(), externalUserId);
  }

  /**
   * Records the app's own moderation decision about a message between two users as free-form
   * key-value pairs. Maps "Update User Message Moderation Metadata" ({@code PUT
   * /partner-sdk/dms/{user_id_1}/{user_id_2}/messages/{message.id}/moderation-metadata}, in
   * Discord's OpenAPI description).
   *
   * @param userId1 one user of the DM
   * @param userId2 the other user
   * @param messageId the message
   * @return the request
   */
  default UpdateDmMessageModerationMetadata updateDmMessageModerationMetadata(
      Id<UserMarker> userId1, Id<UserMarker> userId2, Id<MessageMarker> messageId) {
    return new UpdateDmMessageModerationMetadata(transport(), userId1, userId2, messageId);
  }
}
