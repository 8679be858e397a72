package dev.gloam.util.cdn;

import static dev.gloam.util.cdn.ImageFormat.GIF;
import static dev.gloam.util.cdn.ImageFormat.JPEG;
import static dev.gloam.util.cdn.ImageFormat.LOTTIE;
import static dev.gloam.util.cdn.ImageFormat.PNG;
import static dev.gloam.util.cdn.ImageFormat.WEBP;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The kinds of image on Discord's CDN, one per row of the "CDN Endpoints" table (Discord:
 * reference, "Image Formatting"), with the formats each allows and whether it has sizes and
 * animated versions. {@link CdnImage} makes the URLs.
 */
public enum AssetKind {
  /** {@code emojis/{emoji_id}}. Animated emoji also as GIF and animated WebP. */
  CUSTOM_EMOJI("Custom Emoji", true, true, PNG, JPEG, WEBP, GIF),
  /** {@code icons/{guild_id}/{guild_icon}}. */
  GUILD_ICON("Guild Icon", true, true, PNG, JPEG, WEBP, GIF),
  /** {@code splashes/{guild_id}/{guild_splash}}. */
  GUILD_SPLASH("Guild Splash", true, false, PNG, JPEG, WEBP),
  /** {@code discovery-splashes/{guild_id}/{guild_discovery_splash}}. */
  GUILD_DISCOVERY_SPLASH("Guild Discovery Splash", true, false, PNG, JPEG, WEBP),
  /** {@code banners/{guild_id}/{guild_banner}}. */
  GUILD_BANNER("Guild Banner", true, true, PNG, JPEG, WEBP, GIF),
  /** {@code banners/{user_id}/{user_banner}}. */
  USER_BANNER("User Banner", true, true, PNG, JPEG, WEBP, GIF),
  /** {@code embed/avatars/{index}}: PNG only, at a fixed size. */
  DEFAULT_USER_AVATAR("Default User Avatar", false, false, PNG),
  /** {@code avatars/{user_id}/{user_avatar}}. */
  USER_AVATAR("User Avatar", true, true, PNG, JPEG, WEBP, GIF),
  /** {@code guilds/{guild_id}/users/{user_id}/avatars/{member_avatar}}. */
  GUILD_MEMBER_AVATAR("Guild Member Avatar", true, true, PNG, JPEG, WEBP, GIF),
  /** {@code avatar-decoration-presets/{avatar_decoration_data_asset}}: PNG only. */
  AVATAR_DECORATION("Avatar Decoration", true, false, PNG),
  /** {@code app-icons/{application_id}/{icon}}. */
  APPLICATION_ICON("Application Icon", true, false, PNG, JPEG, WEBP),
  /** {@code app-icons/{application_id}/{cover_image}}. */
  APPLICATION_COVER("Application Cover", true, false, PNG, JPEG, WEBP),
  /** {@code app-assets/{application_id}/{asset_id}}. */
  APPLICATION_ASSET("Application Asset", true, false, PNG, JPEG, WEBP),
  /** {@code app-assets/{application_id}/achievements/{achievement_id}/icons/{icon_hash}}. */
  ACHIEVEMENT_ICON("Achievement Icon", true, false, PNG, JPEG, WEBP),
  /** {@code app-assets/{application_id}/store/{asset_id}}. */
  STORE_PAGE_ASSET("Store Page Asset", true, false, PNG, JPEG, WEBP),
  /** {@code app-assets/710982414301790216/store/{sticker_pack_banner_asset_id}}. */
  STICKER_PACK_BANNER("Sticker Pack Banner", true, false, PNG, JPEG, WEBP),
  /** {@code team-icons/{team_id}/{team_icon}}. */
  TEAM_ICON("Team Icon", true, false, PNG, JPEG, WEBP),
  /**
   * {@code stickers/{sticker_id}}: each sticker in the one format its format type gives, at a fixed
   * size; GIF stickers are on {@code media.discordapp.net}.
   */
  STICKER("Sticker", false, false, PNG, LOTTIE, GIF),
  /** {@code role-icons/{role_id}/{role_icon}}. */
  ROLE_ICON("Role Icon", true, false, PNG, JPEG, WEBP),
  /** {@code guild-events/{scheduled_event_id}/{scheduled_event_cover_image}}. */
  GUILD_SCHEDULED_EVENT_COVER("Guild Scheduled Event Cover", true, false, PNG, JPEG, WEBP),
  /** {@code guilds/{guild_id}/users/{user_id}/banners/{member_banner}}. */
  GUILD_MEMBER_BANNER("Guild Member Banner", true, true, PNG, JPEG, WEBP, GIF),
  /** {@code guild-tag-badges/{guild_id}/{badge_hash}}. */
  GUILD_TAG_BADGE("Guild Tag Badge", true, false, PNG, JPEG, WEBP);

  private final String title;
  private final boolean sizable;
  private final boolean animatable;
  private final Set<ImageFormat> formats;

  AssetKind(
      String title, boolean sizable, boolean animatable, ImageFormat first, ImageFormat... rest) {
    this.title = title;
    this.sizable = sizable;
    this.animatable = animatable;
    this.formats = Collections.unmodifiableSet(EnumSet.of(first, rest));
  }

  /**
   * Returns the row's name in Discord's table.
   *
   * @return the name, such as {@code "Guild Icon"}
   */
  public String title() {
    return title;
  }

  /**
   * Returns the formats the table lists for this kind. One image may allow fewer: GIF only when it
   * is animated, and a sticker only its own format.
   *
   * @return the formats
   */
  public Set<ImageFormat> formats() {
    return formats;
  }

  /**
   * Tells whether the CDN honours {@code ?size=} for this kind; it ignores it for default avatars
   * and stickers.
   *
   * @return {@code true} if a size may be asked for
   */
  public boolean sizable() {
    return sizable;
  }

  /**
   * Tells whether images of this kind can be animated ({@code a_} hashes, animated emoji), and so
   * fetched as GIF or animated WebP.
   *
   * @return {@code true} for kinds with animated versions
   */
  public boolean animatable() {
    return animatable;
  }
}
