package dev.gloam.model.application;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ApplicationMarker;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.SkuMarker;
import dev.gloam.model.user.User;
import dev.gloam.model.value.ImageHash;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An application ("app"): the container of a bot, its commands and its other platform features.
 * Maps Discord's "Application Object" (resources/application).
 *
 * <p>Most fields are only sent by some endpoints (for example the approximate counts by {@code GET
 * /applications/@me}); those are absent elsewhere and omitted again when written.
 *
 * @param id the application's id
 * @param name the application's name
 * @param icon the icon hash, if the app has an icon (sent as {@code null} otherwise)
 * @param description the application's description
 * @param rpcOrigins the RPC origin URLs, when RPC is enabled
 * @param botPublic whether anyone, not only the owner, may add the app to guilds
 * @param botRequireCodeGrant whether the bot joins only after the full OAuth2 code grant
 * @param bot the app's bot user, partial
 * @param termsOfServiceUrl the URL of the terms of service
 * @param privacyPolicyUrl the URL of the privacy policy
 * @param owner the owner, partial
 * @param verifyKey the hex-encoded public key that signs interactions sent over HTTP
 * @param team the team owning the app, or empty (sent as {@code null}) for apps owned by a user
 * @param guildId the guild associated with the app, such as its support server
 * @param guild the guild associated with the app, partial; sent with {@code guild_id}
 * @param primarySkuId the game SKU, for games sold on Discord
 * @param slug the store page slug, for games sold on Discord
 * @param coverImage the hash of the default rich presence invite cover image
 * @param flags the public flags as a number, limited to 31 bits
 * @param flagsNew the public flags with every bit, sent as a decimal string (responses only)
 * @param approximateGuildCount about how many guilds the app was added to
 * @param approximateUserInstallCount about how many users installed the app
 * @param approximateUserAuthorizationCount about how many users authorized the app with OAuth2
 * @param redirectUris the OAuth2 redirect URIs
 * @param interactionsEndpointUrl the URL interactions are sent to over HTTP; absent or {@code null}
 *     when interactions come over the gateway
 * @param roleConnectionsVerificationUrl the role connection verification URL (absent or {@code
 *     null} when none is set)
 * @param eventWebhooksUrl the URL webhook events are sent to (absent or {@code null} when none is
 *     set)
 * @param eventWebhooksStatus whether webhook events are on
 * @param eventWebhooksTypes the webhook event types the app subscribes to
 * @param tags up to five tags describing the app
 * @param installParams the scopes and permissions of the app's default in-app install link
 * @param integrationTypesConfig the default install settings of each installation context
 * @param customInstallUrl the custom install URL, if the app uses one
 */
public record Application(
    Id<ApplicationMarker> id,
    String name,
    Optional<ImageHash> icon,
    String description,
    @JsonInclude(Include.NON_ABSENT) Optional<List<String>> rpcOrigins,
    boolean botPublic,
    boolean botRequireCodeGrant,
    @JsonInclude(Include.NON_ABSENT) Optional<User> bot,
    @JsonInclude(Include.NON_ABSENT) Optional<String> termsOfServiceUrl,
    @JsonInclude(Include.NON_ABSENT) Optional<String> privacyPolicyUrl,
    @JsonInclude(Include.NON_ABSENT) Optional<User> owner,
    String verifyKey,
    Optional<Team> team,
    @JsonInclude(Include.NON_ABSENT) Optional<Id<GuildMarker>> guildId,
    @JsonInclude(Include.NON_ABSENT) Optional<ApplicationGuild> guild,
    @JsonInclude(Include.NON_ABSENT) Optional<Id<SkuMarker>> primarySkuId,
    @JsonInclude(Include.NON_ABSENT) Optional<String> slug,
    @JsonInclude(Include.NON_ABSENT) Optional<ImageHash> coverImage,
    @JsonInclude(Include.NON_ABSENT) Optional<ApplicationFlags> flags,
    @JsonInclude(Include.NON_ABSENT) @JsonFormat(shape = JsonFormat.Shape.STRING)
        Optional<ApplicationFlags> flagsNew,
    @JsonInclude(Include.NON_ABSENT) Optional<Integer> approximateGuildCount,
    @JsonInclude(Include.NON_ABSENT) Optional<Integer> approximateUserInstallCount,
    @JsonInclude(Include.NON_ABSENT) Optional<Integer> approximateUserAuthorizationCount,
    @JsonInclude(Include.NON_ABSENT) Optional<List<String>> redirectUris,
    @JsonInclude(Include.NON_ABSENT) Optional<String> interactionsEndpointUrl,
    @JsonInclude(Include.NON_ABSENT) Optional<String> roleConnectionsVerificationUrl,
    @JsonInclude(Include.NON_ABSENT) Optional<String> eventWebhooksUrl,
    @JsonInclude(Include.NON_ABSENT) Optional<ApplicationEventWebhookStatus> eventWebhooksStatus,
    @JsonInclude(Include.NON_ABSENT) Optional<List<String>> eventWebhooksTypes,
    @JsonInclude(Include.NON_ABSENT) Optional<List<String>> tags,
    @JsonInclude(Include.NON_ABSENT) Optional<InstallParams> installParams,
    @JsonInclude(Include.NON_ABSENT)
        Optional<Map<ApplicationIntegrationType, ApplicationIntegrationTypeConfiguration>>
            integrationTypesConfig,
    @JsonInclude(Include.NON_ABSENT) Optional<String> customInstallUrl) {

  /**
   * Returns the app's flags with every bit: {@code flags_new} if sent, else {@code flags}.
   *
   * @return the flags, {@link ApplicationFlags#NONE} if neither field was sent
   */
  public ApplicationFlags allFlags() {
    return flagsNew.or(() -> flags).orElse(ApplicationFlags.NONE);
  }
}
