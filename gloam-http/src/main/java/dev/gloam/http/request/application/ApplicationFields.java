package dev.gloam.http.request.application;

import dev.gloam.http.request.DataUri;
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
import dev.gloam.model.id.marker.TeamMarker;
import dev.gloam.model.locale.DiscordLocale;
import dev.gloam.validate.Check;
import dev.gloam.validate.application.ApplicationChecks;
import java.util.List;
import java.util.Map;

/**
 * The body shared by the two requests that change an application's settings, by id and for the
 * bot's own application (resources/application): the setters of every field and their checks. A
 * field set to {@code null} is cleared; a field never set stays as it is.
 *
 * @param <R> the concrete request, returned by the setters so that calls chain
 */
public abstract sealed class ApplicationFields<R extends ApplicationFields<R>>
    extends Request<Application> permits UpdateApplication, UpdateCurrentApplication {
  ApplicationFields(Transport transport, Route route, Object... pathValues) {
    super(transport, route, BodyReader.of(Application.class), pathValues);
  }

  /** Returns this request as its concrete type; each subclass returns {@code this}. */
  abstract R self();

  /**
   * Sets the app's description, shown in its profile and the App Directory. Discord takes it as a
   * default text with optional translations; this sets the default alone.
   *
   * @param description the description, up to 400 characters, or {@code null} to remove it
   * @return this request
   */
  public R description(String description) {
    json().set("description", description == null ? null : Map.of("default", description));
    check(() -> Check.maxLength("description", description, 400));
    return self();
  }

  /**
   * Sets the app's icon.
   *
   * @param icon the image as a data URI ({@code data:image/png;base64,...}), or {@code null} to
   *     remove it
   * @return this request
   */
  public R icon(DataUri icon) {
    json().set("icon", icon == null ? null : icon.uri());
    return self();
  }

  /**
   * Sets the default rich presence invite cover image.
   *
   * @param coverImage the image as a data URI, or {@code null} to remove it
   * @return this request
   */
  public R coverImage(DataUri coverImage) {
    json().set("cover_image", coverImage == null ? null : coverImage.uri());
    return self();
  }

  /**
   * Sets the team that owns the app.
   *
   * @param teamId the team, or {@code null}
   * @return this request
   */
  public R teamId(Id<TeamMarker> teamId) {
    json().set("team_id", teamId);
    return self();
  }

  /**
   * Sets the app's public flags.
   *
   * @param flags the flags; only the {@code _LIMITED} intent flags can be changed
   * @return this request
   */
  public R flags(ApplicationFlags flags) {
    json().set("flags", flags);
    return self();
  }

  /**
   * Sets the URL Discord sends interactions to.
   *
   * @param interactionsEndpointUrl the URL, or {@code null} to receive interactions over the
   *     gateway
   * @return this request
   */
  public R interactionsEndpointUrl(String interactionsEndpointUrl) {
    json().set("interactions_endpoint_url", interactionsEndpointUrl);
    check(() -> ApplicationChecks.url("interactions_endpoint_url", interactionsEndpointUrl));
    return self();
  }

  /**
   * Sets whether interactions are scanned for explicit content.
   *
   * @param explicitContentFilter {@code 0} to inherit the guild's setting, {@code 1} to always
   *     scan, or {@code null}
   * @return this request
   */
  public R explicitContentFilter(Integer explicitContentFilter) {
    json().set("explicit_content_filter", explicitContentFilter);
    return self();
  }

  /**
   * Sets the most participants of the app's Activity.
   *
   * @param maxParticipants the most participants, {@code -1} for no limit, or {@code null}
   * @return this request
   */
  public R maxParticipants(Integer maxParticipants) {
    json().set("max_participants", maxParticipants);
    check(
        () ->
            Check.range(
                "max_participants",
                maxParticipants == null ? -1 : maxParticipants,
                -1,
                Integer.MAX_VALUE));
    return self();
  }

  /**
   * Sets the app's type.
   *
   * @param type the type ({@code 4}: guild role subscriptions), or {@code null}
   * @return this request
   */
  public R type(Integer type) {
    json().set("type", type);
    return self();
  }

  /**
   * Sets the tags that describe the app.
   *
   * @param tags up to 5 tags of up to 20 characters
   * @return this request
   */
  public R tags(List<String> tags) {
    json().set("tags", tags);
    check(() -> ApplicationChecks.tags(tags));
    return self();
  }

  /**
   * Sets the default custom authorization URL.
   *
   * @param customInstallUrl the URL, or {@code null}
   * @return this request
   */
  public R customInstallUrl(String customInstallUrl) {
    json().set("custom_install_url", customInstallUrl);
    check(() -> ApplicationChecks.url("custom_install_url", customInstallUrl));
    return self();
  }

  /**
   * Sets the default in-app authorization link's scopes and permissions.
   *
   * @param installParams the settings, or {@code null}
   * @return this request
   */
  public R installParams(InstallParams installParams) {
    json().set("install_params", installParams);
    return self();
  }

  /**
   * Sets the URL users verify role connections at.
   *
   * @param roleConnectionsVerificationUrl the URL, or {@code null}
   * @return this request
   */
  public R roleConnectionsVerificationUrl(String roleConnectionsVerificationUrl) {
    json().set("role_connections_verification_url", roleConnectionsVerificationUrl);
    check(
        () ->
            ApplicationChecks.url(
                "role_connections_verification_url", roleConnectionsVerificationUrl));
    return self();
  }

  /**
   * Sets the default scopes and permissions of each installation context.
   *
   * @param integrationTypesConfig the configuration by installation context
   * @return this request
   */
  public R integrationTypesConfig(
      Map<ApplicationIntegrationType, ApplicationIntegrationTypeConfiguration>
          integrationTypesConfig) {
    json().set("integration_types_config", integrationTypesConfig);
    return self();
  }

  /**
   * Turns webhook events on or off.
   *
   * @param eventWebhooksStatus {@code DISABLED} or {@code ENABLED}
   * @return this request
   */
  public R eventWebhooksStatus(ApplicationEventWebhookStatus eventWebhooksStatus) {
    json().set("event_webhooks_status", eventWebhooksStatus);
    return self();
  }

  /**
   * Sets the URL webhook events are sent to.
   *
   * @param eventWebhooksUrl the URL, or {@code null}
   * @return this request
   */
  public R eventWebhooksUrl(String eventWebhooksUrl) {
    json().set("event_webhooks_url", eventWebhooksUrl);
    check(() -> ApplicationChecks.url("event_webhooks_url", eventWebhooksUrl));
    return self();
  }

  /**
   * Sets the webhook event types the app subscribes to.
   *
   * @param eventWebhooksTypes the event types, such as {@code "APPLICATION_AUTHORIZED"}
   * @return this request
   */
  public R eventWebhooksTypes(List<String> eventWebhooksTypes) {
    json().set("event_webhooks_types", eventWebhooksTypes);
    return self();
  }

  /**
   * Sets the app's description with its translations.
   *
   * @param description the default text, up to 400 characters
   * @param localizations the translations by locale, each up to 400 characters
   * @return this request
   */
  public R description(String description, Map<DiscordLocale, String> localizations) {
    json().set("description", Map.of("default", description, "localizations", localizations));
    check(() -> Check.maxLength("description", description, 400));
    check(
        () ->
            localizations.forEach(
                (locale, text) ->
                    Check.maxLength("description.localizations." + locale.value(), text, 400)));
    return self();
  }
}
