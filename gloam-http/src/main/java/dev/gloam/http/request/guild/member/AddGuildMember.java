package dev.gloam.http.request.guild.member;

import dev.gloam.http.request.Request;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.guild.GuildMemberFlags;
import dev.gloam.model.guild.Member;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.RoleMarker;
import dev.gloam.model.id.marker.UserMarker;
import dev.gloam.model.json.ModelJson;
import dev.gloam.validate.member.MemberChecks;
import java.util.List;
import java.util.Optional;

/**
 * Adds a user to a guild with an OAuth2 access token the user granted the bot's application with
 * the {@code guilds.join} scope. The answer is the new member, or empty if the user already was a
 * member (Discord answers 204). Maps "Add Guild Member" ({@code PUT
 * /guilds/{guild.id}/members/{user.id}}, resources/guild). Obtained from {@link
 * dev.gloam.http.MemberRequests#addGuildMember}.
 *
 * <p>The access token is a secret: it is sent in the body only and never appears in this request's
 * {@code toString} or in errors.
 *
 * <pre>{@code
 * Optional<Member> added =
 *     client.addGuildMember(guildId, userId, accessToken).nick("Newcomer").send().model();
 * }</pre>
 */
public final class AddGuildMember extends Request<Optional<Member>> {
  private String accessToken;

  /**
   * Creates the request; use {@link dev.gloam.http.MemberRequests#addGuildMember} instead.
   *
   * @param transport the client's transport
   * @param guildId the guild
   * @param userId the user to add
   * @param accessToken the user's OAuth2 access token with the {@code guilds.join} scope
   */
  public AddGuildMember(
      Transport transport, Id<GuildMarker> guildId, Id<UserMarker> userId, String accessToken) {
    super(
        transport,
        Route.ADD_GUILD_MEMBER,
        body ->
            body.length == 0
                ? Optional.empty()
                : Optional.of(ModelJson.mapper().readValue(body, Member.class)),
        guildId,
        userId);
    accessToken(accessToken);
  }

  /**
   * Sets the user's OAuth2 access token, granted with the {@code guilds.join} scope; required.
   *
   * @param accessToken the token
   * @return this request
   */
  public AddGuildMember accessToken(String accessToken) {
    this.accessToken = accessToken;
    json().set("access_token", accessToken);
    return this;
  }

  /**
   * Sets the new member's nickname, 1 to 32 characters (needs {@code MANAGE_NICKNAMES}).
   *
   * @param nick the nickname
   * @return this request
   */
  public AddGuildMember nick(String nick) {
    json().set("nick", nick);
    check(() -> MemberChecks.nick(nick));
    return this;
  }

  /**
   * Sets the roles the new member gets (needs {@code MANAGE_ROLES}).
   *
   * @param roles the roles
   * @return this request
   */
  public AddGuildMember roles(List<Id<RoleMarker>> roles) {
    List<Id<RoleMarker>> copy = List.copyOf(roles);
    json().set("roles", copy);
    check(() -> MemberChecks.addRoles(copy));
    return this;
  }

  /**
   * Sets whether the new member is muted in voice channels (needs {@code MUTE_MEMBERS}).
   *
   * @param mute {@code true} to mute
   * @return this request
   */
  public AddGuildMember mute(boolean mute) {
    json().set("mute", mute);
    return this;
  }

  /**
   * Sets whether the new member is deafened in voice channels (needs {@code DEAFEN_MEMBERS}).
   *
   * @param deaf {@code true} to deafen
   * @return this request
   */
  public AddGuildMember deaf(boolean deaf) {
    json().set("deaf", deaf);
    return this;
  }

  /**
   * Sets the new member's flags (only {@code BYPASSES_VERIFICATION} may be set).
   *
   * @param flags the flags
   * @return this request
   */
  public AddGuildMember flags(GuildMemberFlags flags) {
    json().set("flags", flags);
    return this;
  }

  @Override
  protected void validate() {
    MemberChecks.accessToken(accessToken);
  }
}
