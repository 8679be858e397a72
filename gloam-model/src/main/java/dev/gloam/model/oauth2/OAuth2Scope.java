package dev.gloam.model.oauth2;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.StringEnum;
import dev.gloam.model.value.StringEnumRegistry;

/**
 * A permission an OAuth2 application asks a user for. Maps Discord's "OAuth2 Scopes" table
 * (topics/oauth2).
 *
 * <p>An open enum: values Discord adds later parse to an unnamed instance that keeps its string.
 */
public final class OAuth2Scope extends StringEnum {
  private static final StringEnumRegistry<OAuth2Scope> VALUES =
      new StringEnumRegistry<>(value -> new OAuth2Scope(value, false));

  /** The {@code activities.read} scope. */
  public static final OAuth2Scope ACTIVITIES_READ =
      VALUES.register(new OAuth2Scope("activities.read", true));

  /** The {@code activities.write} scope. */
  public static final OAuth2Scope ACTIVITIES_WRITE =
      VALUES.register(new OAuth2Scope("activities.write", true));

  /** The {@code applications.builds.read} scope. */
  public static final OAuth2Scope APPLICATIONS_BUILDS_READ =
      VALUES.register(new OAuth2Scope("applications.builds.read", true));

  /** The {@code applications.builds.upload} scope. */
  public static final OAuth2Scope APPLICATIONS_BUILDS_UPLOAD =
      VALUES.register(new OAuth2Scope("applications.builds.upload", true));

  /** The {@code applications.commands} scope. */
  public static final OAuth2Scope APPLICATIONS_COMMANDS =
      VALUES.register(new OAuth2Scope("applications.commands", true));

  /** The {@code applications.commands.update} scope. */
  public static final OAuth2Scope APPLICATIONS_COMMANDS_UPDATE =
      VALUES.register(new OAuth2Scope("applications.commands.update", true));

  /** The {@code applications.commands.permissions.update} scope. */
  public static final OAuth2Scope APPLICATIONS_COMMANDS_PERMISSIONS_UPDATE =
      VALUES.register(new OAuth2Scope("applications.commands.permissions.update", true));

  /** The {@code applications.entitlements} scope. */
  public static final OAuth2Scope APPLICATIONS_ENTITLEMENTS =
      VALUES.register(new OAuth2Scope("applications.entitlements", true));

  /** The {@code applications.store.update} scope. */
  public static final OAuth2Scope APPLICATIONS_STORE_UPDATE =
      VALUES.register(new OAuth2Scope("applications.store.update", true));

  /** The {@code bot} scope. */
  public static final OAuth2Scope BOT = VALUES.register(new OAuth2Scope("bot", true));

  /** The {@code connections} scope. */
  public static final OAuth2Scope CONNECTIONS =
      VALUES.register(new OAuth2Scope("connections", true));

  /** The {@code dm_channels.read} scope. */
  public static final OAuth2Scope DM_CHANNELS_READ =
      VALUES.register(new OAuth2Scope("dm_channels.read", true));

  /** The {@code email} scope. */
  public static final OAuth2Scope EMAIL = VALUES.register(new OAuth2Scope("email", true));

  /** The {@code gdm.join} scope. */
  public static final OAuth2Scope GDM_JOIN = VALUES.register(new OAuth2Scope("gdm.join", true));

  /** The {@code guilds} scope. */
  public static final OAuth2Scope GUILDS = VALUES.register(new OAuth2Scope("guilds", true));

  /** The {@code guilds.join} scope. */
  public static final OAuth2Scope GUILDS_JOIN =
      VALUES.register(new OAuth2Scope("guilds.join", true));

  /** The {@code guilds.members.read} scope. */
  public static final OAuth2Scope GUILDS_MEMBERS_READ =
      VALUES.register(new OAuth2Scope("guilds.members.read", true));

  /** The {@code identify} scope. */
  public static final OAuth2Scope IDENTIFY = VALUES.register(new OAuth2Scope("identify", true));

  /** The {@code identify.premium} scope. */
  public static final OAuth2Scope IDENTIFY_PREMIUM =
      VALUES.register(new OAuth2Scope("identify.premium", true));

  /** The {@code messages.read} scope. */
  public static final OAuth2Scope MESSAGES_READ =
      VALUES.register(new OAuth2Scope("messages.read", true));

  /** The {@code relationships.read} scope. */
  public static final OAuth2Scope RELATIONSHIPS_READ =
      VALUES.register(new OAuth2Scope("relationships.read", true));

  /** The {@code role_connections.write} scope. */
  public static final OAuth2Scope ROLE_CONNECTIONS_WRITE =
      VALUES.register(new OAuth2Scope("role_connections.write", true));

  /** The {@code rpc} scope. */
  public static final OAuth2Scope RPC = VALUES.register(new OAuth2Scope("rpc", true));

  /** The {@code rpc.activities.write} scope. */
  public static final OAuth2Scope RPC_ACTIVITIES_WRITE =
      VALUES.register(new OAuth2Scope("rpc.activities.write", true));

  /** The {@code rpc.notifications.read} scope. */
  public static final OAuth2Scope RPC_NOTIFICATIONS_READ =
      VALUES.register(new OAuth2Scope("rpc.notifications.read", true));

  /** The {@code rpc.voice.read} scope. */
  public static final OAuth2Scope RPC_VOICE_READ =
      VALUES.register(new OAuth2Scope("rpc.voice.read", true));

  /** The {@code rpc.voice.write} scope. */
  public static final OAuth2Scope RPC_VOICE_WRITE =
      VALUES.register(new OAuth2Scope("rpc.voice.write", true));

  /** The {@code voice} scope. */
  public static final OAuth2Scope VOICE = VALUES.register(new OAuth2Scope("voice", true));

  /** The {@code webhook.incoming} scope. */
  public static final OAuth2Scope WEBHOOK_INCOMING =
      VALUES.register(new OAuth2Scope("webhook.incoming", true));

  private OAuth2Scope(String value, boolean known) {
    super(value, known);
  }

  /**
   * Returns the value with the given raw string, named if gloam knows it.
   *
   * @param value the raw value
   * @return the constant, or an unnamed instance for an unknown value
   */
  @JsonCreator
  public static OAuth2Scope of(String value) {
    return VALUES.of(value);
  }

  @JsonValue
  private String wire() {
    return value();
  }
}
