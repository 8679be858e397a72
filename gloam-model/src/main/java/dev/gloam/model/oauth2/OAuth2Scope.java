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

  /** The {@code activities.read} scope ({@code activities.read}). */
  public static final OAuth2Scope ACTIVITIES_READ =
      VALUES.register(new OAuth2Scope("activities.read", true));

  /** The {@code activities.write} scope ({@code activities.write}). */
  public static final OAuth2Scope ACTIVITIES_WRITE =
      VALUES.register(new OAuth2Scope("activities.write", true));

  /** The {@code applications.builds.read} scope ({@code applications.builds.read}). */
  public static final OAuth2Scope APPLICATIONS_BUILDS_READ =
      VALUES.register(new OAuth2Scope("applications.builds.read", true));

  /** The {@code applications.builds.upload} scope ({@code applications.builds.upload}). */
  public static final OAuth2Scope APPLICATIONS_BUILDS_UPLOAD =
      VALUES.register(new OAuth2Scope("applications.builds.upload", true));

  /** The {@code applications.commands} scope ({@code applications.commands}). */
  public static final OAuth2Scope APPLICATIONS_COMMANDS =
      VALUES.register(new OAuth2Scope("applications.commands", true));

  /** The {@code applications.commands.update} scope ({@code applications.commands.update}). */
  public static final OAuth2Scope APPLICATIONS_COMMANDS_UPDATE =
      VALUES.register(new OAuth2Scope("applications.commands.update", true));

  /**
   * The {@code applications.commands.permissions.update} scope ({@code
   * applications.commands.permissions.update}).
   */
  public static final OAuth2Scope APPLICATIONS_COMMANDS_PERMISSIONS_UPDATE =
      VALUES.register(new OAuth2Scope("applications.commands.permissions.update", true));

  /** The {@code applications.entitlements} scope ({@code applications.entitlements}). */
  public static final OAuth2Scope APPLICATIONS_ENTITLEMENTS =
      VALUES.register(new OAuth2Scope("applications.entitlements", true));

  /** The {@code applications.store.update} scope ({@code applications.store.update}). */
  public static final OAuth2Scope APPLICATIONS_STORE_UPDATE =
      VALUES.register(new OAuth2Scope("applications.store.update", true));

  /** The {@code bot} scope ({@code bot}). */
  public static final OAuth2Scope BOT = VALUES.register(new OAuth2Scope("bot", true));

  /** The {@code connections} scope ({@code connections}). */
  public static final OAuth2Scope CONNECTIONS =
      VALUES.register(new OAuth2Scope("connections", true));

  /** The {@code dm_channels.read} scope ({@code dm_channels.read}). */
  public static final OAuth2Scope DM_CHANNELS_READ =
      VALUES.register(new OAuth2Scope("dm_channels.read", true));

  /** The {@code email} scope ({@code email}). */
  public static final OAuth2Scope EMAIL = VALUES.register(new OAuth2Scope("email", true));

  /** The {@code gdm.join} scope ({@code gdm.join}). */
  public static final OAuth2Scope GDM_JOIN = VALUES.register(new OAuth2Scope("gdm.join", true));

  /** The {@code guilds} scope ({@code guilds}). */
  public static final OAuth2Scope GUILDS = VALUES.register(new OAuth2Scope("guilds", true));

  /** The {@code guilds.join} scope ({@code guilds.join}). */
  public static final OAuth2Scope GUILDS_JOIN =
      VALUES.register(new OAuth2Scope("guilds.join", true));

  /** The {@code guilds.members.read} scope ({@code guilds.members.read}). */
  public static final OAuth2Scope GUILDS_MEMBERS_READ =
      VALUES.register(new OAuth2Scope("guilds.members.read", true));

  /** The {@code identify} scope ({@code identify}). */
  public static final OAuth2Scope IDENTIFY = VALUES.register(new OAuth2Scope("identify", true));

  /** The {@code identify.premium} scope ({@code identify.premium}). */
  public static final OAuth2Scope IDENTIFY_PREMIUM =
      VALUES.register(new OAuth2Scope("identify.premium", true));

  /** The {@code messages.read} scope ({@code messages.read}). */
  public static final OAuth2Scope MESSAGES_READ =
      VALUES.register(new OAuth2Scope("messages.read", true));

  /** The {@code relationships.read} scope ({@code relationships.read}). */
  public static final OAuth2Scope RELATIONSHIPS_READ =
      VALUES.register(new OAuth2Scope("relationships.read", true));

  /** The {@code role_connections.write} scope ({@code role_connections.write}). */
  public static final OAuth2Scope ROLE_CONNECTIONS_WRITE =
      VALUES.register(new OAuth2Scope("role_connections.write", true));

  /** The {@code rpc} scope ({@code rpc}). */
  public static final OAuth2Scope RPC = VALUES.register(new OAuth2Scope("rpc", true));

  /** The {@code rpc.activities.write} scope ({@code rpc.activities.write}). */
  public static final OAuth2Scope RPC_ACTIVITIES_WRITE =
      VALUES.register(new OAuth2Scope("rpc.activities.write", true));

  /** The {@code rpc.notifications.read} scope ({@code rpc.notifications.read}). */
  public static final OAuth2Scope RPC_NOTIFICATIONS_READ =
      VALUES.register(new OAuth2Scope("rpc.notifications.read", true));

  /** The {@code rpc.voice.read} scope ({@code rpc.voice.read}). */
  public static final OAuth2Scope RPC_VOICE_READ =
      VALUES.register(new OAuth2Scope("rpc.voice.read", true));

  /** The {@code rpc.voice.write} scope ({@code rpc.voice.write}). */
  public static final OAuth2Scope RPC_VOICE_WRITE =
      VALUES.register(new OAuth2Scope("rpc.voice.write", true));

  /** The {@code voice} scope ({@code voice}). */
  public static final OAuth2Scope VOICE = VALUES.register(new OAuth2Scope("voice", true));

  /** The {@code webhook.incoming} scope ({@code webhook.incoming}). */
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
