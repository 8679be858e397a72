package dev.gloam.model.guild.auditlog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.StringEnum;
import dev.gloam.model.value.StringEnumRegistry;

/**
 * The name of what an audit log change changed. Maps the {@code key} of Discord's "Audit Log Change
 * Object" (resources/audit-log).
 *
 * <p>A key is usually the name of a field of the changed object, so the set of keys is as large as
 * the model; gloam names the special keys of Discord's "Audit Log Change Exceptions" table and a
 * few common fields. For a command permission change the key is the id of the role, channel or user
 * whose permission changed. Any other key is an unnamed instance that keeps its text.
 */
public final class AuditLogChangeKey extends StringEnum {
  private static final StringEnumRegistry<AuditLogChangeKey> VALUES =
      new StringEnumRegistry<>(value -> new AuditLogChangeKey(value, false));

  /** Roles given to a member; the new value lists partial roles ({@code $add}). */
  public static final AuditLogChangeKey ADD_ROLES =
      VALUES.register(new AuditLogChangeKey("$add", true));

  /** Roles taken from a member; the new value lists partial roles ({@code $remove}). */
  public static final AuditLogChangeKey REMOVE_ROLES =
      VALUES.register(new AuditLogChangeKey("$remove", true));

  /** A webhook's avatar, in place of the webhook's {@code avatar} field ({@code avatar_hash}). */
  public static final AuditLogChangeKey AVATAR_HASH =
      VALUES.register(new AuditLogChangeKey("avatar_hash", true));

  /** An invite's or webhook's channel ({@code channel_id}). */
  public static final AuditLogChangeKey CHANNEL_ID =
      VALUES.register(new AuditLogChangeKey("channel_id", true));

  /** The changed object's id ({@code id}). */
  public static final AuditLogChangeKey ID = VALUES.register(new AuditLogChangeKey("id", true));

  /** A name ({@code name}). */
  public static final AuditLogChangeKey NAME = VALUES.register(new AuditLogChangeKey("name", true));

  /** A type, such as a channel's or an overwrite's ({@code type}). */
  public static final AuditLogChangeKey TYPE = VALUES.register(new AuditLogChangeKey("type", true));

  /** A description ({@code description}). */
  public static final AuditLogChangeKey DESCRIPTION =
      VALUES.register(new AuditLogChangeKey("description", true));

  /** A channel's topic ({@code topic}). */
  public static final AuditLogChangeKey TOPIC =
      VALUES.register(new AuditLogChangeKey("topic", true));

  /** A channel's or role's position ({@code position}). */
  public static final AuditLogChangeKey POSITION =
      VALUES.register(new AuditLogChangeKey("position", true));

  /** Whether a channel is age restricted ({@code nsfw}). */
  public static final AuditLogChangeKey NSFW = VALUES.register(new AuditLogChangeKey("nsfw", true));

  /** A channel's slowmode, in seconds ({@code rate_limit_per_user}). */
  public static final AuditLogChangeKey RATE_LIMIT_PER_USER =
      VALUES.register(new AuditLogChangeKey("rate_limit_per_user", true));

  /** A channel's permission overwrites ({@code permission_overwrites}). */
  public static final AuditLogChangeKey PERMISSION_OVERWRITES =
      VALUES.register(new AuditLogChangeKey("permission_overwrites", true));

  /** A role's permissions, or a command's permission entries ({@code permissions}). */
  public static final AuditLogChangeKey PERMISSIONS =
      VALUES.register(new AuditLogChangeKey("permissions", true));

  /** The permissions an overwrite grants ({@code allow}). */
  public static final AuditLogChangeKey ALLOW =
      VALUES.register(new AuditLogChangeKey("allow", true));

  /** The permissions an overwrite denies ({@code deny}). */
  public static final AuditLogChangeKey DENY = VALUES.register(new AuditLogChangeKey("deny", true));

  /** A role's colour ({@code color}). */
  public static final AuditLogChangeKey COLOR =
      VALUES.register(new AuditLogChangeKey("color", true));

  /** Whether a role is shown apart ({@code hoist}). */
  public static final AuditLogChangeKey HOIST =
      VALUES.register(new AuditLogChangeKey("hoist", true));

  /** Whether a role can be mentioned ({@code mentionable}). */
  public static final AuditLogChangeKey MENTIONABLE =
      VALUES.register(new AuditLogChangeKey("mentionable", true));

  /** A member's nickname ({@code nick}). */
  public static final AuditLogChangeKey NICK = VALUES.register(new AuditLogChangeKey("nick", true));

  /** Whether a member is deafened ({@code deaf}). */
  public static final AuditLogChangeKey DEAF = VALUES.register(new AuditLogChangeKey("deaf", true));

  /** Whether a member is muted ({@code mute}). */
  public static final AuditLogChangeKey MUTE = VALUES.register(new AuditLogChangeKey("mute", true));

  /** When a member's timeout ends ({@code communication_disabled_until}). */
  public static final AuditLogChangeKey COMMUNICATION_DISABLED_UNTIL =
      VALUES.register(new AuditLogChangeKey("communication_disabled_until", true));

  /** An invite's code ({@code code}). */
  public static final AuditLogChangeKey CODE = VALUES.register(new AuditLogChangeKey("code", true));

  /** How often an invite can be used ({@code max_uses}). */
  public static final AuditLogChangeKey MAX_USES =
      VALUES.register(new AuditLogChangeKey("max_uses", true));

  /** How long an invite lasts, in seconds ({@code max_age}). */
  public static final AuditLogChangeKey MAX_AGE =
      VALUES.register(new AuditLogChangeKey("max_age", true));

  /** Whether an invite grants temporary membership ({@code temporary}). */
  public static final AuditLogChangeKey TEMPORARY =
      VALUES.register(new AuditLogChangeKey("temporary", true));

  /** Whether an auto moderation rule is on ({@code enabled}). */
  public static final AuditLogChangeKey ENABLED =
      VALUES.register(new AuditLogChangeKey("enabled", true));

  /** A scheduled event's status ({@code status}). */
  public static final AuditLogChangeKey STATUS =
      VALUES.register(new AuditLogChangeKey("status", true));

  private AuditLogChangeKey(String value, boolean known) {
    super(value, known);
  }

  /**
   * Returns the key with the given text, named if gloam knows it.
   *
   * @param value the key as sent
   * @return the constant, or an unnamed instance for another key
   */
  @JsonCreator
  public static AuditLogChangeKey of(String value) {
    return VALUES.of(value);
  }

  @JsonValue
  private String wire() {
    return value();
  }
}
