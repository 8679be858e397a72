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
 * A partial application, as Discord embeds it in other objects: an invite's {@code
 * target_application}, a message's or an attachment's {@code application}, and the {@code
 * application} of the OAuth2 authorization information. Maps the partial form of Discord's
 * "Application Object" (resources/application); the whole object is {@link Application}.
 *
 * <p>Only the id, name, icon and description are always sent; every other field depends on the
 * context and is omitted again when written.
 *
 * @param id the application's id
 * @param name the application's name
 * @param icon the icon hash, or empty (sent as {@code null}) if the app has no icon
 * @param description the application's description
 * @param rpcOrigins the RPC origin URLs, if sent
 * @param botPublic whether anyone may add the app to guilds, if sent
 * @param botRequireCodeGrant whether the bot joins only after the full OAuth2 code grant, if sent
 * @param bot the app's bot user, if sent
 * @param termsOfServiceUrl the URL of the terms of service, if sent
 * @param privacyPolicyUrl the URL of the privacy policy, if sent
 * @param verifyKey the hex-encoded public key that signs HTTP interactions, if sent
 * @param guildId the guild associated with the app, if sent
 * @param primarySkuId the game SKU, for games sold on Discord
 * @param slug the store page slug, for games sold on Discord
 * @param coverImage the hash of the default rich presence invite cover image, if sent
 * @param flags the public flags as a number, if sent
 * @param flagsNew the public flags with every bit, sent as a decimal string, if sent
 * @param customInstallUrl the custom install URL, if the app uses one
 * @param installParams the settings of the app's default in-app install link, if sent
 * @param integrationTypesConfig the default install settings of each installation context, if sent
 * @param tags the tags describing the app, if sent
 */
public record EmbeddedApplication(
    Id<ApplicationMarker> id,
    String name,
    Optional<ImageHash> icon,
    String description,
    @JsonInclude(Include.NON_ABSENT) Optional<List<String>> rpcOrigins,
    @JsonInclude(Include.NON_ABSENT) Optional<Boolean> botPublic,
    @JsonInclude(Include.NON_ABSENT) Optional<Boolean> botRequireCodeGrant,
    @JsonInclude(Include.NON_ABSENT) Optional<User> bot,
    @JsonInclude(Include.NON_ABSENT) Optional<String> termsOfServiceUrl,
    @JsonInclude(Include.NON_ABSENT) Optional<String> privacyPolicyUrl,
    @JsonInclude(Include.NON_ABSENT) Optional<String> verifyKey,
    @JsonInclude(Include.NON_ABSENT) Optional<Id<GuildMarker>> guildId,
    @JsonInclude(Include.NON_ABSENT) Optional<Id<SkuMarker>> primarySkuId,
    @JsonInclude(Include.NON_ABSENT) Optional<String> slug,
    @JsonInclude(Include.NON_ABSENT) Optional<ImageHash> coverImage,
    @JsonInclude(Include.NON_ABSENT) Optional<ApplicationFlags> flags,
    @JsonInclude(Include.NON_ABSENT) @JsonFormat(shape = JsonFormat.Shape.STRING)
        Optional<ApplicationFlags> flagsNew,
    @JsonInclude(Include.NON_ABSENT) Optional<String> customInstallUrl,
    @JsonInclude(Include.NON_ABSENT) Optional<InstallParams> installParams,
    @JsonInclude(Include.NON_ABSENT)
        Optional<Map<ApplicationIntegrationType, ApplicationIntegrationTypeConfiguration>>
            integrationTypesConfig,
    @JsonInclude(Include.NON_ABSENT) Optional<List<String>> tags) {}
