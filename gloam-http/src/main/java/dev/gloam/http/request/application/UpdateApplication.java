package dev.gloam.http.request.application;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.application.Application;
import dev.gloam.model.application.ApplicationEventWebhookStatus;
import dev.gloam.model.application.ApplicationFlags;
import dev.gloam.model.application.ApplicationIntegrationType;
import dev.gloam.model.application.ApplicationIntegrationTypeConfiguration;
import dev.gloam.model.application.InstallParams;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ApplicationMarker;
import dev.gloam.model.id.marker.TeamMarker;
import dev.gloam.model.locale.DiscordLocale;
import dev.gloam.validate.Check;
import dev.gloam.validate.application.ApplicationChecks;
import java.util.List;
import java.util.Map;

/**
 * Changes an application's settings by id; fields not set stay as they are. Maps "Update
 * Application" ({@code PATCH /applications/{application.id}}, in Discord's OpenAPI description).
 * Obtained from {@link dev.gloam.http.ApplicationRequests#updateApplication}.
 *
 * <pre>{@code
 * client.updateApplication(applicationId).description("Rolls dice").send();
 * }</pre>
 */
public final class UpdateApplication extends Request<Application> {
  /**
   * Creates the request; use {@link dev.gloam.http.ApplicationRequests#updateApplication} instead.
   *
   * @param transport the client's transport
   * @param applicationId the application
   */
  public UpdateApplication(Transport transport, Id<ApplicationMarker> applicationId) {
    super(transport, Route.UPDATE_APPLICATION, BodyReader.of(Application.class), applicationId);
  }

  /**
   * Sets the app's description, shown in its profile and the App Directory. Discord takes it as a
   * default text with optional translations; this sets the default alone.
   *
   * @param description the description, up to 400 characters, or {@code null} to remove it
   * @return this request
   */
  public UpdateApplication description(String description) {
    json().set("description", description == null ? null : Map.of("default", description));
    check(() -> Check.maxLength("description", description, 400));
    return this;
  }

  /**
   * Sets the app's icon.
   *
   * @param icon the image as a data URI ({@code data:image/png;base64,...}), or {@code null} to
   *     remove it
   * @return this request
   */
  public UpdateApplication icon(String icon) {
    json().set("icon", icon);
    return this;
  }

  /**
   * Sets the default rich presence invite cover image.
   *
   * @param coverImage the image as a data URI, or {@code null} to remove it
   * @return this request
   */
  public UpdateApplication coverImage(String coverImage) {
    json().set("cover_image", coverImage);
    return this;
  }

  /**
   * Sets the team that owns the app.
   *
   * @param teamId the team, or {@code null}
   * @return this request
   */
  public UpdateApplication teamId(Id<TeamMarker> teamId) {
    json().set("team_id", teamId);
    return this;
  }

  /**
   * Sets the app's public flags.
   *
   * @param flags the flags; only the {@code _LIMITED} intent flags can be changed
   * @return this request
   */
  public UpdateApplication flags(ApplicationFlags flags) {
    json().set("flags", flags);
    return this;
  }

  /**
   * Sets the URL Discord sends interactions to.
   *
   * @param interactionsEndpointUrl the URL, or {@code null} to receive interactions over the
   *     gateway
   * @return this request
   */
  public UpdateApplication interactionsEndpointUrl(String interactionsEndpointUrl) {
    json().set("interactions_endpoint_url", interactionsEndpointUrl);
    check(() -> ApplicationChecks.url("interactions_endpoint_url", interactionsEndpointUrl));
    return this;
  }

  /**
   * Sets whether interactions are scanned for explicit content.
   *
   * @param explicitContentFilter {@code 0} to inherit the guild's setting, {@code 1} to always
   *     scan, or {@code null}
   * @return this request
   */
  public UpdateApplication explicitContentFilter(Integer explicitContentFilter) {
    json().set("explicit_content_filter", explicitContentFilter);
    return this;
  }

  /**
   * Sets the most participants of the app's Activity.
   *
   * @param maxParticipants the most participants, {@code -1} for no limit, or {@code null}
   * @return this request
   */
  public UpdateApplication maxParticipants(Integer maxParticipants) {
    json().set("max_participants", maxParticipants);
    check(
        () ->
            Check.range(
                "max_participants",
                maxParticipants == null ? -1 : maxParticipants,
                -1,
                Integer.MAX_VALUE));
    return this;
  }

  /**
   * Sets the app's type.
   *
   * @param type the type ({@code 4}: guild role subscriptions), or {@code null}
   * @return this request
   */
  public UpdateApplication type(Integer type) {
    json().set("type", type);
    return this;
  }

  /**
   * Sets the tags that describe the app.
   *
   * @param tags up to 5 tags of up to 20 characters
   * @return this request
   */
  public UpdateApplication tags(List<String> tags) {
    json().set("tags", tags);
    check(() -> ApplicationChecks.tags(tags));
    return this;
  }

  /**
   * Sets the default custom authorization URL.
   *
   * @param customInstallUrl the URL, or {@code null}
   * @return this request
   */
  public UpdateApplication customInstallUrl(String customInstallUrl) {
    json().set("custom_install_url", customInstallUrl);
    check(() -> ApplicationChecks.url("custom_install_url", customInstallUrl));
    return this;
  }

  /**
   * Sets the default in-app authorization link's scopes and permissions.
   *
   * @param installParams the settings, or {@code null}
   * @return this request
   */
  public UpdateApplication installParams(InstallParams installParams) {
    json().set("install_params", installParams);
    return this;
  }

  /**
   * Sets the URL users verify role connections at.
   *
   * @param roleConnectionsVerificationUrl the URL, or {@code null}
   * @return this request
   */
  public UpdateApplication roleConnectionsVerificationUrl(String roleConnectionsVerificationUrl) {
    json().set("role_connections_verification_url", roleConnectionsVerificationUrl);
    check(
        () ->
            ApplicationChecks.url(
                "role_connections_verification_url", roleConnectionsVerificationUrl));
    return this;
  }

  /**
   * Sets the default scopes and permissions of each installation context.
   *
   * @param integrationTypesConfig the configuration by installation context
   * @return this request
   */
  public UpdateApplication integrationTypesConfig(
      Map<ApplicationIntegrationType, ApplicationIntegrationTypeConfiguration>
          integrationTypesConfig) {
    json().set("integration_types_config", integrationTypesConfig);
    return this;
  }

  /**
   * Turns webhook events on or off.
   *
   * @param eventWebhooksStatus {@code DISABLED} or {@code ENABLED}
   * @return this request
   */
  public UpdateApplication eventWebhooksStatus(ApplicationEventWebhookStatus eventWebhooksStatus) {
    json().set("event_webhooks_status", eventWebhooksStatus);
    return this;
  }

  /**
   * Sets the URL webhook events are sent to.
   *
   * @param eventWebhooksUrl the URL, or {@code null}
   * @return this request
   */
  public UpdateApplication eventWebhooksUrl(String eventWebhooksUrl) {
    json().set("event_webhooks_url", eventWebhooksUrl);
    check(() -> ApplicationChecks.url("event_webhooks_url", eventWebhooksUrl));
    return this;
  }

  /**
   * Sets the webhook event types the app subscribes to.
   *
   * @param eventWebhooksTypes the event types, such as {@code "APPLICATION_AUTHORIZED"}
   * @return this request
   */
  public UpdateApplication eventWebhooksTypes(List<String> eventWebhooksTypes) {
    json().set("event_webhooks_types", eventWebhooksTypes);
    return this;
  }

  /**
   * Sets the app's description with its translations.
   *
   * @param description the default text, up to 400 characters
   * @param localizations the translations by locale, each up to 400 characters
   * @return this request
   */
  public UpdateApplication description(
      String description, Map<DiscordLocale, String> localizations) {
    json().set("description", Map.of("default", description, "localizations", localizations));
    check(() -> Check.maxLength("description", description, 400));
    check(
        () ->
            localizations.forEach(
                (locale, text) ->
                    Check.maxLength("description.localizations." + locale.value(), text, 400)));
    return this;
  }
}
