package dev.gloam.testkit.internal.world;

import dev.gloam.testkit.internal.json.Json;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A user's membership of a guild. Immutable: a change stores a new record.
 *
 * @param user the member's user
 * @param joinedAt when the user joined the guild
 * @param nick the guild nickname, or null
 * @param roles the ids of the member's roles, without {@code @everyone}
 * @param timedOutUntil when the member's timeout ends, or null if there is none
 * @param deaf whether the member is deafened in voice
 * @param mute whether the member is muted in voice
 * @param flags the guild member flags
 */
public record Member(
    User user,
    Instant joinedAt,
    String nick,
    List<Long> roles,
    Instant timedOutUntil,
    boolean deaf,
    boolean mute,
    int flags) {

  /**
   * Checks and copies.
   *
   * @param user the user
   * @param joinedAt the join time
   * @param nick the nickname or null
   * @param roles the role ids
   * @param timedOutUntil the timeout end or null
   * @param deaf deafened
   * @param mute muted
   * @param flags the flags
   */
  public Member {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(joinedAt, "joinedAt");
    roles = List.copyOf(roles);
  }

  /**
   * A fresh membership with no nickname and no roles.
   *
   * @param user the user
   * @param joinedAt when the user joined
   */
  public Member(User user, Instant joinedAt) {
    this(user, joinedAt, null, List.of(), null, false, false, 0);
  }

  /**
   * Returns this membership with other roles.
   *
   * @param newRoles the role ids
   * @return a new record
   */
  public Member withRoles(List<Long> newRoles) {
    return new Member(user, joinedAt, nick, newRoles, timedOutUntil, deaf, mute, flags);
  }

  /**
   * Returns this membership with another nickname.
   *
   * @param newNick the nickname or null
   * @return a new record
   */
  public Member withNick(String newNick) {
    return new Member(user, joinedAt, newNick, roles, timedOutUntil, deaf, mute, flags);
  }

  /**
   * Returns this membership with another timeout.
   *
   * @param until when the timeout ends, or null to lift it
   * @return a new record
   */
  public Member withTimeout(Instant until) {
    return new Member(user, joinedAt, nick, roles, until, deaf, mute, flags);
  }

  /**
   * Returns this membership with other voice moderation flags.
   *
   * @param newDeaf deafened
   * @param newMute muted
   * @return a new record
   */
  public Member withVoice(boolean newDeaf, boolean newMute) {
    return new Member(user, joinedAt, nick, roles, timedOutUntil, newDeaf, newMute, flags);
  }

  /**
   * Returns this membership with other guild member flags, for Modify Guild Member.
   *
   * @param newFlags the flags
   * @return a new record
   */
  public Member withFlags(int newFlags) {
    return new Member(user, joinedAt, nick, roles, timedOutUntil, deaf, mute, newFlags);
  }

  /**
   * Tells whether the member is timed out at a moment.
   *
   * @param now the moment
   * @return true if a timeout runs past it
   */
  public boolean timedOutAt(Instant now) {
    return timedOutUntil != null && timedOutUntil.isAfter(now);
  }

  /**
   * Renders the member without its user, as in MESSAGE_CREATE's {@code member} field.
   *
   * @return a new JSON object
   */
  public ObjectNode toPartialJson() {
    ObjectNode json = Json.object();
    json.put("nick", nick);
    json.putNull("avatar");
    json.putNull("banner");
    // The @everyone role is implied and never listed.
    ArrayNode roleArray = json.putArray("roles");
    roles.forEach(role -> roleArray.add(Json.id(role)));
    json.put("joined_at", DiscordTime.format(joinedAt));
    json.putNull("premium_since");
    json.put("deaf", deaf);
    json.put("mute", mute);
    json.put("flags", flags);
    json.put("pending", false);
    json.put(
        "communication_disabled_until",
        timedOutUntil == null ? null : DiscordTime.format(timedOutUntil));
    return json;
  }

  /**
   * Renders the full member object with its user.
   *
   * @return a new JSON object
   */
  public ObjectNode toJson() {
    ObjectNode json = Json.object();
    json.set("user", user.toJson());
    json.setAll(toPartialJson());
    return json;
  }
}
