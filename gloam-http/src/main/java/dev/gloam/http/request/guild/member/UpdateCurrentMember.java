package dev.gloam.http.request.guild.member;

import dev.gloam.http.request.DataUri;
import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.guild.Member;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.validate.member.MemberChecks;

/**
 * Changes the bot's own member in a guild: nickname, guild avatar, banner and bio; a field set to
 * {@code null} is cleared. Maps "Modify Current Member" ({@code PATCH
 * /guilds/{guild.id}/members/@me}, resources/guild). Obtained from {@link
 * dev.gloam.http.MemberRequests#updateCurrentMember}.
 *
 * <pre>{@code
 * client.updateCurrentMember(guildId).nick("Lamplighter").send();
 * }</pre>
 */
public final class UpdateCurrentMember extends Request<Member> {
  /**
   * Creates the request; use {@link dev.gloam.http.MemberRequests#updateCurrentMember} instead.
   *
   * @param transport the client's transport
   * @param guildId the guild
   */
  public UpdateCurrentMember(Transport transport, Id<GuildMarker> guildId) {
    super(transport, Route.UPDATE_MY_GUILD_MEMBER, BodyReader.of(Member.class), guildId);
  }

  /**
   * Sets the bot's nickname, 1 to 32 characters, or removes it (needs {@code CHANGE_NICKNAME}).
   *
   * @param nick the nickname, or {@code null} to remove it
   * @return this request
   */
  public UpdateCurrentMember nick(String nick) {
    json().set("nick", nick);
    check(() -> MemberChecks.nick(nick));
    return this;
  }

  /**
   * Sets the bot's avatar in this guild.
   *
   * @param avatar the image as a data URI, or {@code null} to use the global avatar
   * @return this request
   */
  public UpdateCurrentMember avatar(DataUri avatar) {
    json().set("avatar", avatar == null ? null : avatar.uri());
    return this;
  }

  /**
   * Sets the bot's profile banner in this guild.
   *
   * @param banner the image as a data URI, or {@code null} to remove it
   * @return this request
   */
  public UpdateCurrentMember banner(DataUri banner) {
    json().set("banner", banner == null ? null : banner.uri());
    return this;
  }

  /**
   * Sets the bot's bio in this guild, up to 190 characters.
   *
   * @param bio the bio, or {@code null} to remove it
   * @return this request
   */
  public UpdateCurrentMember bio(String bio) {
    json().set("bio", bio);
    check(() -> MemberChecks.bio(bio));
    return this;
  }

  /**
   * Sets the reason shown in the guild's audit log.
   *
   * @param reason the reason, 1 to 512 characters
   * @return this request
   */
  public UpdateCurrentMember reason(String reason) {
    auditLogReason(reason);
    return this;
  }
}
