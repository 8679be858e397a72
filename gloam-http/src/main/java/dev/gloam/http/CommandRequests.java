package dev.gloam.http;

import dev.gloam.http.transport.Transport;

/**
 * Application commands, global and per guild, and their permissions
 * (interactions/application-commands).
 *
 * <p>{@link Client} has these requests; they are grouped here by resource to keep each file small.
 * The routes:
 *
 * <ul>
 *   <li>{@code GET /applications/{application_id}/commands}
 *   <li>{@code POST /applications/{application_id}/commands}
 *   <li>{@code PUT /applications/{application_id}/commands}
 *   <li>{@code DELETE /applications/{application_id}/commands/{command_id}}
 *   <li>{@code GET /applications/{application_id}/commands/{command_id}}
 *   <li>{@code PATCH /applications/{application_id}/commands/{command_id}}
 *   <li>{@code GET /applications/{application_id}/guilds/{guild_id}/commands}
 *   <li>{@code POST /applications/{application_id}/guilds/{guild_id}/commands}
 *   <li>{@code PUT /applications/{application_id}/guilds/{guild_id}/commands}
 *   <li>{@code GET /applications/{application_id}/guilds/{guild_id}/commands/permissions}
 *   <li>{@code DELETE /applications/{application_id}/guilds/{guild_id}/commands/{command_id}}
 *   <li>{@code GET /applications/{application_id}/guilds/{guild_id}/commands/{command_id}}
 *   <li>{@code PATCH /applications/{application_id}/guilds/{guild_id}/commands/{command_id}}
 *   <li>{@code GET
 *       /applications/{application_id}/guilds/{guild_id}/commands/{command_id}/permissions}
 *   <li>{@code PUT
 *       /applications/{application_id}/guilds/{guild_id}/commands/{command_id}/permissions}
 * </ul>
 */
public sealed interface CommandRequests permits Client {
  /**
   * Returns the transport the requests are sent through.
   *
   * @return the client's transport
   */
  Transport transport();
}
