package dev.gloam.http.request.emoji;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.guild.emoji.Emoji;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.EmojiMarker;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.RoleMarker;
import dev.gloam.validate.emoji.EmojiChecks;
import java.util.List;

/**
 * Renames a guild emoji or changes the roles that may use it. Maps "Modify Guild Emoji" ({@code
 * PATCH /guilds/{guild.id}/emojis/{emoji.id}}, resources/emoji). Obtained from {@link
 * dev.gloam.http.EmojiRequests#updateGuildEmoji}.
 *
 * <pre>{@code
 * client.updateGuildEmoji(guildId, emojiId).name("gloam_old").roles(null).send();
 * }</pre>
 */
public final class UpdateGuildEmoji extends Request<Emoji> {
  /**
   * Creates the request; use {@link dev.gloam.http.EmojiRequests#updateGuildEmoji} instead.
   *
   * @param transport the client's transport
   * @param guildId the guild
   * @param emojiId the emoji
   */
  public UpdateGuildEmoji(Transport transport, Id<GuildMarker> guildId, Id<EmojiMarker> emojiId) {
    super(transport, Route.UPDATE_GUILD_EMOJI, BodyReader.of(Emoji.class), guildId, emojiId);
  }

  /**
   * Sets the name: 2 to 32 letters, digits or underscores.
   *
   * @param name the name
   * @return this request
   */
  public UpdateGuildEmoji name(String name) {
    json().set("name", name);
    check(() -> EmojiChecks.name(name));
    return this;
  }

  /**
   * Sets the roles allowed to use the emoji; without roles everyone may. {@code null} clears the
   * list, so that everyone may use it again.
   *
   * @param roles the roles, or {@code null}
   * @return this request
   */
  public UpdateGuildEmoji roles(List<Id<RoleMarker>> roles) {
    json().set("roles", roles == null ? null : List.copyOf(roles));
    return this;
  }

  /**
   * Sets the reason shown in the guild's audit log.
   *
   * @param reason the reason, 1 to 512 characters
   * @return this request
   */
  public UpdateGuildEmoji reason(String reason) {
    auditLogReason(reason);
    return this;
  }
}
