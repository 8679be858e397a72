package dev.gloam.model.guild;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.StringEnum;
import dev.gloam.model.value.StringEnumRegistry;

/**
 * A feature a guild has. Maps Discord's "Guild Features" table (resources/guild).
 *
 * <p>Administrators can toggle {@link #COMMUNITY}, {@link #DISCOVERABLE}, {@link #INVITES_DISABLED}
 * and {@link #RAID_ALERTS_DISABLED} by modifying the guild.
 *
 * <p>An open enum: a value Discord adds later parses to an unnamed instance that keeps its string.
 */
public final class GuildFeature extends StringEnum {
  private static final StringEnumRegistry<GuildFeature> VALUES =
      new StringEnumRegistry<>(value -> new GuildFeature(value, false));

  /** May use an animated banner ({@code ANIMATED_BANNER}). */
  public static final GuildFeature ANIMATED_BANNER =
      VALUES.register(new GuildFeature("ANIMATED_BANNER", true));

  /** May use an animated icon ({@code ANIMATED_ICON}). */
  public static final GuildFeature ANIMATED_ICON =
      VALUES.register(new GuildFeature("ANIMATED_ICON", true));

  /**
   * Keeps the old behaviour of application command permissions ({@code
   * APPLICATION_COMMAND_PERMISSIONS_V2}).
   */
  public static final GuildFeature APPLICATION_COMMAND_PERMISSIONS_V2 =
      VALUES.register(new GuildFeature("APPLICATION_COMMAND_PERMISSIONS_V2", true));

  /** Has auto moderation rules ({@code AUTO_MODERATION}). */
  public static final GuildFeature AUTO_MODERATION =
      VALUES.register(new GuildFeature("AUTO_MODERATION", true));

  /** May use a banner ({@code BANNER}). */
  public static final GuildFeature BANNER = VALUES.register(new GuildFeature("BANNER", true));

  /**
   * Is a Community guild: welcome screen, membership screening, stage channels, discovery ({@code
   * COMMUNITY}).
   */
  public static final GuildFeature COMMUNITY = VALUES.register(new GuildFeature("COMMUNITY", true));

  /** Has monetization turned on ({@code CREATOR_MONETIZABLE_PROVISIONAL}). */
  public static final GuildFeature CREATOR_MONETIZABLE_PROVISIONAL =
      VALUES.register(new GuildFeature("CREATOR_MONETIZABLE_PROVISIONAL", true));

  /** Has the role subscription promotion page turned on ({@code CREATOR_STORE_PAGE}). */
  public static final GuildFeature CREATOR_STORE_PAGE =
      VALUES.register(new GuildFeature("CREATOR_STORE_PAGE", true));

  /** Is an application's support server in the App Directory ({@code DEVELOPER_SUPPORT_SERVER}). */
  public static final GuildFeature DEVELOPER_SUPPORT_SERVER =
      VALUES.register(new GuildFeature("DEVELOPER_SUPPORT_SERVER", true));

  /** Is listed in the directory ({@code DISCOVERABLE}). */
  public static final GuildFeature DISCOVERABLE =
      VALUES.register(new GuildFeature("DISCOVERABLE", true));

  /** May be featured in the directory ({@code FEATURABLE}). */
  public static final GuildFeature FEATURABLE =
      VALUES.register(new GuildFeature("FEATURABLE", true));

  /** Has paused invites ({@code INVITES_DISABLED}). */
  public static final GuildFeature INVITES_DISABLED =
      VALUES.register(new GuildFeature("INVITES_DISABLED", true));

  /** May use an invite splash background ({@code INVITE_SPLASH}). */
  public static final GuildFeature INVITE_SPLASH =
      VALUES.register(new GuildFeature("INVITE_SPLASH", true));

  /** Has membership screening turned on ({@code MEMBER_VERIFICATION_GATE_ENABLED}). */
  public static final GuildFeature MEMBER_VERIFICATION_GATE_ENABLED =
      VALUES.register(new GuildFeature("MEMBER_VERIFICATION_GATE_ENABLED", true));

  /** Has extra soundboard sound slots ({@code MORE_SOUNDBOARD}). */
  public static final GuildFeature MORE_SOUNDBOARD =
      VALUES.register(new GuildFeature("MORE_SOUNDBOARD", true));

  /** Has extra sticker slots ({@code MORE_STICKERS}). */
  public static final GuildFeature MORE_STICKERS =
      VALUES.register(new GuildFeature("MORE_STICKERS", true));

  /** May create announcement channels ({@code NEWS}). */
  public static final GuildFeature NEWS = VALUES.register(new GuildFeature("NEWS", true));

  /** Is a partner guild ({@code PARTNERED}). */
  public static final GuildFeature PARTNERED = VALUES.register(new GuildFeature("PARTNERED", true));

  /** Can be previewed before joining ({@code PREVIEW_ENABLED}). */
  public static final GuildFeature PREVIEW_ENABLED =
      VALUES.register(new GuildFeature("PREVIEW_ENABLED", true));

  /** Has turned off join raid alerts ({@code RAID_ALERTS_DISABLED}). */
  public static final GuildFeature RAID_ALERTS_DISABLED =
      VALUES.register(new GuildFeature("RAID_ALERTS_DISABLED", true));

  /** May give roles icons ({@code ROLE_ICONS}). */
  public static final GuildFeature ROLE_ICONS =
      VALUES.register(new GuildFeature("ROLE_ICONS", true));

  /** Sells role subscriptions ({@code ROLE_SUBSCRIPTIONS_AVAILABLE_FOR_PURCHASE}). */
  public static final GuildFeature ROLE_SUBSCRIPTIONS_AVAILABLE_FOR_PURCHASE =
      VALUES.register(new GuildFeature("ROLE_SUBSCRIPTIONS_AVAILABLE_FOR_PURCHASE", true));

  /** Has role subscriptions turned on ({@code ROLE_SUBSCRIPTIONS_ENABLED}). */
  public static final GuildFeature ROLE_SUBSCRIPTIONS_ENABLED =
      VALUES.register(new GuildFeature("ROLE_SUBSCRIPTIONS_ENABLED", true));

  /** Has soundboard sounds ({@code SOUNDBOARD}). */
  public static final GuildFeature SOUNDBOARD =
      VALUES.register(new GuildFeature("SOUNDBOARD", true));

  /** Has ticketed events turned on ({@code TICKETED_EVENTS_ENABLED}). */
  public static final GuildFeature TICKETED_EVENTS_ENABLED =
      VALUES.register(new GuildFeature("TICKETED_EVENTS_ENABLED", true));

  /** May set a vanity invite URL ({@code VANITY_URL}). */
  public static final GuildFeature VANITY_URL =
      VALUES.register(new GuildFeature("VANITY_URL", true));

  /** Is verified ({@code VERIFIED}). */
  public static final GuildFeature VERIFIED = VALUES.register(new GuildFeature("VERIFIED", true));

  /** May use 384 kbps voice bitrate ({@code VIP_REGIONS}). */
  public static final GuildFeature VIP_REGIONS =
      VALUES.register(new GuildFeature("VIP_REGIONS", true));

  /** Has the welcome screen turned on ({@code WELCOME_SCREEN_ENABLED}). */
  public static final GuildFeature WELCOME_SCREEN_ENABLED =
      VALUES.register(new GuildFeature("WELCOME_SCREEN_ENABLED", true));

  /** May invite guests ({@code GUESTS_ENABLED}). */
  public static final GuildFeature GUESTS_ENABLED =
      VALUES.register(new GuildFeature("GUESTS_ENABLED", true));

  /** May set guild tags ({@code GUILD_TAGS}). */
  public static final GuildFeature GUILD_TAGS =
      VALUES.register(new GuildFeature("GUILD_TAGS", true));

  /** May give roles gradient colours ({@code ENHANCED_ROLE_COLORS}). */
  public static final GuildFeature ENHANCED_ROLE_COLORS =
      VALUES.register(new GuildFeature("ENHANCED_ROLE_COLORS", true));

  /**
   * Only administrators may prune members (listed in Discord's OpenAPI description only) ({@code
   * PRUNE_REQUIRES_ADMIN}).
   */
  public static final GuildFeature PRUNE_REQUIRES_ADMIN =
      VALUES.register(new GuildFeature("PRUNE_REQUIRES_ADMIN", true));

  /**
   * Is a game's official guild (listed in Discord's OpenAPI description only) ({@code
   * OFFICIAL_GAME_GUILD}).
   */
  public static final GuildFeature OFFICIAL_GAME_GUILD =
      VALUES.register(new GuildFeature("OFFICIAL_GAME_GUILD", true));

  private GuildFeature(String value, boolean known) {
    super(value, known);
  }

  /**
   * Returns the guild feature with the given raw value, named if gloam knows it.
   *
   * @param value the raw value
   * @return the constant, or an unnamed instance for an unknown value
   */
  @JsonCreator
  public static GuildFeature of(String value) {
    return VALUES.of(value);
  }

  @JsonValue
  private String wire() {
    return value();
  }
}
