package dev.gloam.http;

import dev.gloam.http.transport.Transport;

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
}
