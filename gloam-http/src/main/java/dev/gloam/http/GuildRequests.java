package dev.gloam.http;

import dev.gloam.http.request.guild.CreateGuildChannel;
import dev.gloam.http.request.guild.DeleteGuildIntegration;
import dev.gloam.http.request.guild.GetGuild;
import dev.gloam.http.request.guild.GetGuildChannels;
import dev.gloam.http.request.guild.GetGuildIntegrations;
import dev.gloam.http.request.guild.GetGuildInvites;
import dev.gloam.http.request.guild.GetGuildJoinRequests;
import dev.gloam.http.request.guild.GetGuildNewMemberWelcome;
import dev.gloam.http.request.guild.GetGuildOnboarding;
import dev.gloam.http.request.guild.GetGuildPreview;
import dev.gloam.http.request.guild.GetGuildPruneCount;
import dev.gloam.http.request.guild.GetGuildVanityUrl;
import dev.gloam.http.request.guild.GetGuildWelcomeScreen;
import dev.gloam.http.request.guild.GetGuildWidget;
import dev.gloam.http.request.guild.GetGuildWidgetImage;
import dev.gloam.http.request.guild.GetGuildWidgetSettings;
import dev.gloam.http.request.guild.PruneGuild;
import dev.gloam.http.request.guild.SearchGuildMessages;
import dev.gloam.http.request.guild.UpdateGuild;
import dev.gloam.http.request.guild.UpdateGuildChannelPositions;
import dev.gloam.http.request.guild.UpdateGuildIncidentActions;
import dev.gloam.http.request.guild.UpdateGuildJoinRequest;
import dev.gloam.http.request.guild.UpdateGuildOnboarding;
import dev.gloam.http.request.guild.UpdateGuildWelcomeScreen;
import dev.gloam.http.request.guild.UpdateGuildWidgetSettings;
import dev.gloam.http.request.guild.auditlog.GetGuildAuditLog;
import dev.gloam.http.request.guild.template.CreateGuildTemplate;
import dev.gloam.http.request.guild.template.DeleteGuildTemplate;
import dev.gloam.http.request.guild.template.GetGuildTemplate;
import dev.gloam.http.request.guild.template.GetGuildTemplates;
import dev.gloam.http.request.guild.template.SyncGuildTemplate;
import dev.gloam.http.request.guild.template.UpdateGuildTemplate;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GenericMarker;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.IntegrationMarker;

/**
 * Guilds: read and change a guild and its settings, preview, prune, widget, welcome screen,
 * onboarding, templates, integrations, join requests, message search and the audit log
 * (resources/guild, resources/guild-template, resources/audit-log).
 *
 * <p>{@link Client} has these requests; they are grouped here by resource to keep each file small.
 * The routes:
 *
 * <ul>
 *   <li>{@code GET /guilds/templates/{code}}
 *   <li>{@code GET /guilds/{guild_id}}
 *   <li>{@code PATCH /guilds/{guild_id}}
 *   <li>{@code GET /guilds/{guild_id}/audit-logs}
 *   <li>{@code GET /guilds/{guild_id}/channels}
 *   <li>{@code PATCH /guilds/{guild_id}/channels}
 *   <li>{@code POST /guilds/{guild_id}/channels}
 *   <li>{@code PUT /guilds/{guild_id}/incident-actions}
 *   <li>{@code GET /guilds/{guild_id}/integrations}
 *   <li>{@code DELETE /guilds/{guild_id}/integrations/{integration_id}}
 *   <li>{@code GET /guilds/{guild_id}/invites}
 *   <li>{@code GET /guilds/{guild_id}/messages/search}
 *   <li>{@code GET /guilds/{guild_id}/new-member-welcome}
 *   <li>{@code GET /guilds/{guild_id}/onboarding}
 *   <li>{@code PUT /guilds/{guild_id}/onboarding}
 *   <li>{@code GET /guilds/{guild_id}/preview}
 *   <li>{@code GET /guilds/{guild_id}/prune}
 *   <li>{@code POST /guilds/{guild_id}/prune}
 *   <li>{@code GET /guilds/{guild_id}/requests}
 *   <li>{@code PATCH /guilds/{guild_id}/requests/{request_id}}
 *   <li>{@code GET /guilds/{guild_id}/templates}
 *   <li>{@code POST /guilds/{guild_id}/templates}
 *   <li>{@code DELETE /guilds/{guild_id}/templates/{code}}
 *   <li>{@code PATCH /guilds/{guild_id}/templates/{code}}
 *   <li>{@code PUT /guilds/{guild_id}/templates/{code}}
 *   <li>{@code GET /guilds/{guild_id}/vanity-url}
 *   <li>{@code GET /guilds/{guild_id}/welcome-screen}
 *   <li>{@code PATCH /guilds/{guild_id}/welcome-screen}
 *   <li>{@code GET /guilds/{guild_id}/widget}
 *   <li>{@code PATCH /guilds/{guild_id}/widget}
 *   <li>{@code GET /guilds/{guild_id}/widget.json}
 *   <li>{@code GET /guilds/{guild_id}/widget.png}
 * </ul>
 */
public sealed interface GuildRequests permits Client {
  /**
   * Returns the transport the requests are sent through.
   *
   * @return the client's transport
   */
  Transport transport();

  /**
   * Gets a guild. Maps "Get Guild" ({@code GET /guilds/{guild.id}}, resources/guild).
   *
   * @param guildId the guild
   * @return the request
   */
  default GetGuild guild(Id<GuildMarker> guildId) {
    return new GetGuild(transport(), guildId);
  }

  /**
   * Changes a guild's settings. Maps "Modify Guild" ({@code PATCH /guilds/{guild.id}},
   * resources/guild).
   *
   * @param guildId the guild
   * @return the request
   */
  default UpdateGuild updateGuild(Id<GuildMarker> guildId) {
    return new UpdateGuild(transport(), guildId);
  }

  /**
   * Gets a guild's public preview. Maps "Get Guild Preview" ({@code GET
   * /guilds/{guild.id}/preview}, resources/guild).
   *
   * @param guildId the guild
   * @return the request
   */
  default GetGuildPreview guildPreview(Id<GuildMarker> guildId) {
    return new GetGuildPreview(transport(), guildId);
  }

  /**
   * Lists a guild's channels. Maps "Get Guild Channels" ({@code GET /guilds/{guild.id}/channels},
   * resources/guild).
   *
   * @param guildId the guild
   * @return the request
   */
  default GetGuildChannels guildChannels(Id<GuildMarker> guildId) {
    return new GetGuildChannels(transport(), guildId);
  }

  /**
   * Creates a channel. Maps "Create Guild Channel" ({@code POST /guilds/{guild.id}/channels},
   * resources/guild).
   *
   * @param guildId the guild
   * @param name the channel's name, 1 to 100 characters
   * @return the request
   */
  default CreateGuildChannel createGuildChannel(Id<GuildMarker> guildId, String name) {
    return new CreateGuildChannel(transport(), guildId, name);
  }

  /**
   * Moves several channels. Maps "Modify Guild Channel Positions" ({@code PATCH
   * /guilds/{guild.id}/channels}, resources/guild).
   *
   * @param guildId the guild
   * @return the request
   */
  default UpdateGuildChannelPositions updateGuildChannelPositions(Id<GuildMarker> guildId) {
    return new UpdateGuildChannelPositions(transport(), guildId);
  }

  /**
   * Counts the members a prune would remove. Maps "Get Guild Prune Count" ({@code GET
   * /guilds/{guild.id}/prune}, resources/guild).
   *
   * @param guildId the guild
   * @return the request
   */
  default GetGuildPruneCount guildPruneCount(Id<GuildMarker> guildId) {
    return new GetGuildPruneCount(transport(), guildId);
  }

  /**
   * Removes inactive members. Maps "Begin Guild Prune" ({@code POST /guilds/{guild.id}/prune},
   * resources/guild).
   *
   * @param guildId the guild
   * @return the request
   */
  default PruneGuild pruneGuild(Id<GuildMarker> guildId) {
    return new PruneGuild(transport(), guildId);
  }

  /**
   * Lists a guild's invites. Maps "Get Guild Invites" ({@code GET /guilds/{guild.id}/invites},
   * resources/guild).
   *
   * @param guildId the guild
   * @return the request
   */
  default GetGuildInvites guildInvites(Id<GuildMarker> guildId) {
    return new GetGuildInvites(transport(), guildId);
  }

  /**
   * Lists a guild's integrations. Maps "Get Guild Integrations" ({@code GET
   * /guilds/{guild.id}/integrations}, resources/guild).
   *
   * @param guildId the guild
   * @return the request
   */
  default GetGuildIntegrations guildIntegrations(Id<GuildMarker> guildId) {
    return new GetGuildIntegrations(transport(), guildId);
  }

  /**
   * Removes an integration. Maps "Delete Guild Integration" ({@code DELETE
   * /guilds/{guild.id}/integrations/{integration.id}}, resources/guild).
   *
   * @param guildId the guild
   * @param integrationId the integration
   * @return the request
   */
  default DeleteGuildIntegration deleteGuildIntegration(
      Id<GuildMarker> guildId, Id<IntegrationMarker> integrationId) {
    return new DeleteGuildIntegration(transport(), guildId, integrationId);
  }

  /**
   * Gets the widget settings. Maps "Get Guild Widget Settings" ({@code GET
   * /guilds/{guild.id}/widget}, resources/guild).
   *
   * @param guildId the guild
   * @return the request
   */
  default GetGuildWidgetSettings guildWidgetSettings(Id<GuildMarker> guildId) {
    return new GetGuildWidgetSettings(transport(), guildId);
  }

  /**
   * Changes the widget settings. Maps "Modify Guild Widget" ({@code PATCH
   * /guilds/{guild.id}/widget}, resources/guild).
   *
   * @param guildId the guild
   * @return the request
   */
  default UpdateGuildWidgetSettings updateGuildWidgetSettings(Id<GuildMarker> guildId) {
    return new UpdateGuildWidgetSettings(transport(), guildId);
  }

  /**
   * Gets the public widget. Maps "Get Guild Widget" ({@code GET /guilds/{guild.id}/widget.json},
   * resources/guild).
   *
   * @param guildId the guild
   * @return the request
   */
  default GetGuildWidget guildWidget(Id<GuildMarker> guildId) {
    return new GetGuildWidget(transport(), guildId);
  }

  /**
   * Gets the widget as a PNG image. Maps "Get Guild Widget Image" ({@code GET
   * /guilds/{guild.id}/widget.png}, resources/guild).
   *
   * @param guildId the guild
   * @return the request
   */
  default GetGuildWidgetImage guildWidgetImage(Id<GuildMarker> guildId) {
    return new GetGuildWidgetImage(transport(), guildId);
  }

  /**
   * Gets the vanity invite. Maps "Get Guild Vanity URL" ({@code GET /guilds/{guild.id}/vanity-url},
   * resources/guild).
   *
   * @param guildId the guild
   * @return the request
   */
  default GetGuildVanityUrl guildVanityUrl(Id<GuildMarker> guildId) {
    return new GetGuildVanityUrl(transport(), guildId);
  }

  /**
   * Gets the welcome screen. Maps "Get Guild Welcome Screen" ({@code GET
   * /guilds/{guild.id}/welcome-screen}, resources/guild).
   *
   * @param guildId the guild
   * @return the request
   */
  default GetGuildWelcomeScreen guildWelcomeScreen(Id<GuildMarker> guildId) {
    return new GetGuildWelcomeScreen(transport(), guildId);
  }

  /**
   * Changes the welcome screen. Maps "Modify Guild Welcome Screen" ({@code PATCH
   * /guilds/{guild.id}/welcome-screen}, resources/guild).
   *
   * @param guildId the guild
   * @return the request
   */
  default UpdateGuildWelcomeScreen updateGuildWelcomeScreen(Id<GuildMarker> guildId) {
    return new UpdateGuildWelcomeScreen(transport(), guildId);
  }

  /**
   * Gets the onboarding. Maps "Get Guild Onboarding" ({@code GET /guilds/{guild.id}/onboarding},
   * resources/guild).
   *
   * @param guildId the guild
   * @return the request
   */
  default GetGuildOnboarding guildOnboarding(Id<GuildMarker> guildId) {
    return new GetGuildOnboarding(transport(), guildId);
  }

  /**
   * Replaces the onboarding. Maps "Modify Guild Onboarding" ({@code PUT
   * /guilds/{guild.id}/onboarding}, resources/guild).
   *
   * @param guildId the guild
   * @return the request
   */
  default UpdateGuildOnboarding updateGuildOnboarding(Id<GuildMarker> guildId) {
    return new UpdateGuildOnboarding(transport(), guildId);
  }

  /**
   * Pauses or resumes invites and DMs. Maps "Modify Guild Incident Actions" ({@code PUT
   * /guilds/{guild.id}/incident-actions}, resources/guild).
   *
   * @param guildId the guild
   * @return the request
   */
  default UpdateGuildIncidentActions updateGuildIncidentActions(Id<GuildMarker> guildId) {
    return new UpdateGuildIncidentActions(transport(), guildId);
  }

  /**
   * Gets the new member welcome settings. Maps "Get Guild New Member Welcome" ({@code GET
   * /guilds/{guild.id}/new-member-welcome}, OpenAPI only).
   *
   * @param guildId the guild
   * @return the request
   */
  default GetGuildNewMemberWelcome guildNewMemberWelcome(Id<GuildMarker> guildId) {
    return new GetGuildNewMemberWelcome(transport(), guildId);
  }

  /**
   * Lists join requests. Maps "Get Guild Join Requests" ({@code GET /guilds/{guild.id}/requests},
   * OpenAPI only).
   *
   * @param guildId the guild
   * @return the request
   */
  default GetGuildJoinRequests guildJoinRequests(Id<GuildMarker> guildId) {
    return new GetGuildJoinRequests(transport(), guildId);
  }

  /**
   * Approves or rejects a join request. Maps "Action Guild Join Request" ({@code PATCH
   * /guilds/{guild.id}/requests/{request.id}}, OpenAPI only).
   *
   * @param guildId the guild
   * @param requestId the join request
   * @return the request
   */
  default UpdateGuildJoinRequest updateGuildJoinRequest(
      Id<GuildMarker> guildId, Id<GenericMarker> requestId) {
    return new UpdateGuildJoinRequest(transport(), guildId, requestId);
  }

  /**
   * Searches a guild's messages. Maps "Search Guild Messages" ({@code GET
   * /guilds/{guild.id}/messages/search}, resources/message).
   *
   * @param guildId the guild
   * @return the request
   */
  default SearchGuildMessages searchGuildMessages(Id<GuildMarker> guildId) {
    return new SearchGuildMessages(transport(), guildId);
  }

  /**
   * Gets audit log entries. Maps "Get Guild Audit Log" ({@code GET /guilds/{guild.id}/audit-logs},
   * resources/audit-log).
   *
   * @param guildId the guild
   * @return the request
   */
  default GetGuildAuditLog guildAuditLog(Id<GuildMarker> guildId) {
    return new GetGuildAuditLog(transport(), guildId);
  }

  /**
   * Gets a template by its code. Maps "Get Guild Template" ({@code GET
   * /guilds/templates/{template.code}}, resources/guild-template).
   *
   * @param code the template's code
   * @return the request
   */
  default GetGuildTemplate guildTemplate(String code) {
    return new GetGuildTemplate(transport(), code);
  }

  /**
   * Lists a guild's templates. Maps "Get Guild Templates" ({@code GET
   * /guilds/{guild.id}/templates}, resources/guild-template).
   *
   * @param guildId the guild
   * @return the request
   */
  default GetGuildTemplates guildTemplates(Id<GuildMarker> guildId) {
    return new GetGuildTemplates(transport(), guildId);
  }

  /**
   * Makes a template of a guild. Maps "Create Guild Template" ({@code POST
   * /guilds/{guild.id}/templates}, resources/guild-template).
   *
   * @param guildId the guild
   * @param name the template's name, 1 to 100 characters
   * @return the request
   */
  default CreateGuildTemplate createGuildTemplate(Id<GuildMarker> guildId, String name) {
    return new CreateGuildTemplate(transport(), guildId, name);
  }

  /**
   * Updates a template to the guild as it is now. Maps "Sync Guild Template" ({@code PUT
   * /guilds/{guild.id}/templates/{template.code}}, resources/guild-template).
   *
   * @param guildId the guild
   * @param code the template's code
   * @return the request
   */
  default SyncGuildTemplate syncGuildTemplate(Id<GuildMarker> guildId, String code) {
    return new SyncGuildTemplate(transport(), guildId, code);
  }

  /**
   * Changes a template's name or description. Maps "Modify Guild Template" ({@code PATCH
   * /guilds/{guild.id}/templates/{template.code}}, resources/guild-template).
   *
   * @param guildId the guild
   * @param code the template's code
   * @return the request
   */
  default UpdateGuildTemplate updateGuildTemplate(Id<GuildMarker> guildId, String code) {
    return new UpdateGuildTemplate(transport(), guildId, code);
  }

  /**
   * Deletes a template. Maps "Delete Guild Template" ({@code DELETE
   * /guilds/{guild.id}/templates/{template.code}}, resources/guild-template).
   *
   * @param guildId the guild
   * @param code the template's code
   * @return the request
   */
  default DeleteGuildTemplate deleteGuildTemplate(Id<GuildMarker> guildId, String code) {
    return new DeleteGuildTemplate(transport(), guildId, code);
  }
}
