package dev.gloam.http.request.emoji;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.response.EmptyBody;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.EmojiMarker;
import dev.gloam.model.id.marker.GuildMarker;

/**
 * Deletes a custom emoji of a guild. Maps "Delete Guild Emoji" ({@code DELETE
 * /guilds/{guild.id}/emojis/{emoji.id}}, resources/emoji). Obtained from {@link
 * dev.gloam.http.EmojiRequests#deleteGuildEmoji}.
 *
 * <pre>{@code
 * client.deleteGuildEmoji(guildId, emojiId).reason("unused").send();
 * }</pre>
 */
public final class DeleteGuildEmoji extends Request<EmptyBody> {
  /**
   * Creates the request; use {@link dev.gloam.http.EmojiRequests#deleteGuildEmoji} instead.
   *
   * @param transport the client's transport
   * @param guildId the guild
   * @param emojiId the emoji
   */
  public DeleteGuildEmoji(Transport transport, Id<GuildMarker> guildId, Id<EmojiMarker> emojiId) {
    super(transport, Route.DELETE_GUILD_EMOJI, BodyReader.empty(), guildId, emojiId);
  }

  /**
   * Sets the reason shown in the guild's audit log.
   *
   * @param reason the reason, 1 to 512 characters
   * @return this request
   */
  public DeleteGuildEmoji reason(String reason) {
    auditLogReason(reason);
    return this;
  }
}
