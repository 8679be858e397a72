package dev.gloam.http;

import dev.gloam.http.transport.Transport;

/**
 * Auto moderation rules of a guild (resources/auto-moderation).
 *
 * <p>{@link Client} has these requests; they are grouped here by resource to keep each file small.
 * The routes:
 *
 * <ul>
 *   <li>{@code GET /guilds/{guild_id}/auto-moderation/rules}
 *   <li>{@code POST /guilds/{guild_id}/auto-moderation/rules}
 *   <li>{@code DELETE /guilds/{guild_id}/auto-moderation/rules/{rule_id}}
 *   <li>{@code GET /guilds/{guild_id}/auto-moderation/rules/{rule_id}}
 *   <li>{@code PATCH /guilds/{guild_id}/auto-moderation/rules/{rule_id}}
 * </ul>
 */
public sealed interface AutoModerationRequests permits Client {
  /**
   * Returns the transport the requests are sent through.
   *
   * @return the client's transport
   */
  Transport transport();
}
