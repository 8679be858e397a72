package dev.gloam.util.cdn;

import dev.gloam.model.guild.sticker.StickerFormatType;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ApplicationMarker;
import dev.gloam.model.id.marker.EmojiMarker;
import dev.gloam.model.id.marker.GenericMarker;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.RoleMarker;
import dev.gloam.model.id.marker.ScheduledEventMarker;
import dev.gloam.model.id.marker.StickerMarker;
import dev.gloam.model.id.marker.StickerPackBannerMarker;
import dev.gloam.model.id.marker.TeamMarker;
import dev.gloam.model.id.marker.UserMarker;
import dev.gloam.model.value.ImageHash;
import dev.gloam.validate.ValidationException;
import dev.gloam.validate.ValidationException.Rule;
import java.net.URI;
import java.util.EnumSet;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The URL of an image on Discord's CDN: which image (one factory per row of Discord's "CDN
 * Endpoints" table, taking typed ids and {@link ImageHash}es), in which {@link ImageFormat}, and at
 * which size (Discord: reference, "Image Formatting"). Immutable: {@link #format}, {@link
 * #animatedWebp} and {@link #size} return a copy, and refuse what the table does not allow with a
 * {@link ValidationException}, so every URL this class writes is one the CDN serves.
 *
 * <p>The rules: the format must be one the row lists; GIF and animated WebP ({@code .webp} with
 * {@code ?animated=true}) need an animated image (a hash starting with {@code a_}, or an animated
 * emoji) of a kind that has animations; a size is a power of two from 16 to 4096, and is refused
 * for default avatars and stickers, whose size the CDN ignores. A sticker comes in the one format
 * its format type gives: PNG for PNG and APNG, Lottie JSON, or GIF, which is served from {@code
 * media.discordapp.net}. Without {@link #format}, an image is PNG (a sticker: its own format).
 *
 * <pre>{@code
 * String avatar = CdnImage.userAvatar(user.id(), hash).format(ImageFormat.WEBP).size(256).url();
 * // https://cdn.discordapp.com/avatars/80351110224678912/8342729096ea3675442027381ff50dfe.webp?size=256
 * String moving = CdnImage.guildIcon(guild.id(), icon).animatedWebp().url();
 * }</pre>
 */
public final class CdnImage {
  /** The CDN's base URL, where all images but GIF stickers live. */
  public static final String BASE_URL = "https://cdn.discordapp.com/";

  /** The base URL of GIF stickers. */
  public static final String MEDIA_BASE_URL = "https://media.discordapp.net/";

  /** The application id under which Discord keeps the banners of its sticker packs. */
  public static final Id<ApplicationMarker> STICKER_PACK_APPLICATION =
      Id.of(710_982_414_301_790_216L);

  private static final int MIN_SIZE = 16;
  private static final int MAX_SIZE = 4096;

  private final AssetKind kind;
  private final String base;
  private final String path;
  private final boolean animated;
  private final Set<ImageFormat> allowed;
  private final ImageFormat format;
  private final int size;
  private final boolean animatedWebp;

  private CdnImage(
      AssetKind kind,
      String base,
      String path,
      boolean animated,
      Set<ImageFormat> allowed,
      ImageFormat format,
      int size,
      boolean animatedWebp) {
    this.kind = kind;
    this.base = base;
    this.path = path;
    this.animated = animated;
    this.allowed = allowed;
    this.format = format;
    this.size = size;
    this.animatedWebp = animatedWebp;
  }

  private static CdnImage of(AssetKind kind, boolean animated, String path) {
    return new CdnImage(
        kind,
        BASE_URL,
        path,
        animated && kind.animatable(),
        kind.formats(),
        ImageFormat.PNG,
        0,
        false);
  }

  private static CdnImage hashed(AssetKind kind, ImageHash hash, Object... parents) {
    StringBuilder path = new StringBuilder();
    for (Object parent : parents) {
      path.append(parent).append('/');
    }
    return of(kind, hash.isAnimated(), path.append(checked(hash)).toString());
  }

  /**
   * A custom emoji. Maps "Custom Emoji"; Discord recommends WebP for emoji.
   *
   * @param emojiId the emoji
   * @param animated whether the emoji is animated (the emoji's {@code animated} field), which
   *     allows GIF and animated WebP
   * @return the image, as PNG
   */
  public static CdnImage customEmoji(Id<EmojiMarker> emojiId, boolean animated) {
    return of(AssetKind.CUSTOM_EMOJI, animated, "emojis/" + emojiId);
  }

  /**
   * A guild's icon. Maps "Guild Icon".
   *
   * @param guildId the guild
   * @param icon the guild's {@code icon} hash
   * @return the image, as PNG
   */
  public static CdnImage guildIcon(Id<GuildMarker> guildId, ImageHash icon) {
    return hashed(AssetKind.GUILD_ICON, icon, "icons", guildId);
  }

  /**
   * A guild's invite splash. Maps "Guild Splash".
   *
   * @param guildId the guild
   * @param splash the guild's {@code splash} hash
   * @return the image, as PNG
   */
  public static CdnImage guildSplash(Id<GuildMarker> guildId, ImageHash splash) {
    return hashed(AssetKind.GUILD_SPLASH, splash, "splashes", guildId);
  }

  /**
   * A guild's discovery splash. Maps "Guild Discovery Splash".
   *
   * @param guildId the guild
   * @param splash the guild's {@code discovery_splash} hash
   * @return the image, as PNG
   */
  public static CdnImage guildDiscoverySplash(Id<GuildMarker> guildId, ImageHash splash) {
    return hashed(AssetKind.GUILD_DISCOVERY_SPLASH, splash, "discovery-splashes", guildId);
  }

  /**
   * A guild's banner. Maps "Guild Banner".
   *
   * @param guildId the guild
   * @param banner the guild's {@code banner} hash
   * @return the image, as PNG
   */
  public static CdnImage guildBanner(Id<GuildMarker> guildId, ImageHash banner) {
    return hashed(AssetKind.GUILD_BANNER, banner, "banners", guildId);
  }

  /**
   * A user's profile banner. Maps "User Banner".
   *
   * @param userId the user
   * @param banner the user's {@code banner} hash
   * @return the image, as PNG
   */
  public static CdnImage userBanner(Id<UserMarker> userId, ImageHash banner) {
    return hashed(AssetKind.USER_BANNER, banner, "banners", userId);
  }

  /**
   * The default avatar of a user without one, picked as Discord does: {@code (user_id >> 22) % 6}
   * for users on the new username system (discriminator {@code "0"}), {@code discriminator % 5} for
   * the others. Maps "Default User Avatar"; PNG only, no size.
   *
   * @param userId the user
   * @param discriminator the user's {@code discriminator}
   * @return the image, as PNG
   * @throws ValidationException if the discriminator is not a number
   */
  public static CdnImage defaultAvatar(Id<UserMarker> userId, String discriminator) {
    if (discriminator.isEmpty()
        || discriminator.length() > 4
        || !discriminator.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new ValidationException(
          "discriminator",
          Rule.MALFORMED,
          "\"0\" or one to four digits",
          discriminator.length() <= 8 ? discriminator : discriminator.length() + " characters");
    }
    int legacy = Integer.parseInt(discriminator);
    return defaultAvatar(
        discriminator.equals("0") ? (int) ((userId.value() >>> 22) % 6) : legacy % 5);
  }

  /**
   * A default avatar by its index. Maps "Default User Avatar"; PNG only, no size.
   *
   * @param index 0 to 5
   * @return the image
   * @throws ValidationException if the index is outside 0 to 5
   */
  public static CdnImage defaultAvatar(int index) {
    if (index < 0 || index > 5) {
      throw new ValidationException("index", Rule.OUT_OF_RANGE, "0..5", Integer.toString(index));
    }
    return of(AssetKind.DEFAULT_USER_AVATAR, false, "embed/avatars/" + index);
  }

  /**
   * A user's avatar. Maps "User Avatar".
   *
   * @param userId the user
   * @param avatar the user's {@code avatar} hash
   * @return the image, as PNG
   */
  public static CdnImage userAvatar(Id<UserMarker> userId, ImageHash avatar) {
    return hashed(AssetKind.USER_AVATAR, avatar, "avatars", userId);
  }

  /**
   * A member's avatar in one guild. Maps "Guild Member Avatar".
   *
   * @param guildId the guild
   * @param userId the member
   * @param avatar the member's {@code avatar} hash
   * @return the image, as PNG
   */
  public static CdnImage memberAvatar(
      Id<GuildMarker> guildId, Id<UserMarker> userId, ImageHash avatar) {
    return hashed(
        AssetKind.GUILD_MEMBER_AVATAR, avatar, "guilds", guildId, "users", userId, "avatars");
  }

  /**
   * An avatar decoration. Maps "Avatar Decoration"; PNG only.
   *
   * @param asset the decoration's {@code asset} hash (avatar decoration data)
   * @return the image, as PNG
   */
  public static CdnImage avatarDecoration(ImageHash asset) {
    return hashed(AssetKind.AVATAR_DECORATION, asset, "avatar-decoration-presets");
  }

  /**
   * An application's icon. Maps "Application Icon".
   *
   * @param applicationId the application
   * @param icon the application's {@code icon} hash
   * @return the image, as PNG
   */
  public static CdnImage applicationIcon(Id<ApplicationMarker> applicationId, ImageHash icon) {
    return hashed(AssetKind.APPLICATION_ICON, icon, "app-icons", applicationId);
  }

  /**
   * An application's cover image. Maps "Application Cover".
   *
   * @param applicationId the application
   * @param cover the application's {@code cover_image} hash
   * @return the image, as PNG
   */
  public static CdnImage applicationCover(Id<ApplicationMarker> applicationId, ImageHash cover) {
    return hashed(AssetKind.APPLICATION_COVER, cover, "app-icons", applicationId);
  }

  /**
   * An application's rich presence asset. Maps "Application Asset"; the asset id is what an
   * activity's {@code large_image} or {@code small_image} holds when it is not an {@code mp:}
   * external image.
   *
   * @param applicationId the application
   * @param assetId the asset
   * @return the image, as PNG
   */
  public static CdnImage applicationAsset(
      Id<ApplicationMarker> applicationId, Id<GenericMarker> assetId) {
    return of(AssetKind.APPLICATION_ASSET, false, "app-assets/" + applicationId + "/" + assetId);
  }

  /**
   * An achievement's icon (legacy Game SDK). Maps "Achievement Icon".
   *
   * @param applicationId the application
   * @param achievementId the achievement
   * @param icon the achievement's icon hash
   * @return the image, as PNG
   */
  public static CdnImage achievementIcon(
      Id<ApplicationMarker> applicationId, Id<GenericMarker> achievementId, ImageHash icon) {
    return hashed(
        AssetKind.ACHIEVEMENT_ICON,
        icon,
        "app-assets",
        applicationId,
        "achievements",
        achievementId,
        "icons");
  }

  /**
   * An asset of an application's store page. Maps "Store Page Asset".
   *
   * @param applicationId the application
   * @param assetId the asset
   * @return the image, as PNG
   */
  public static CdnImage storePageAsset(
      Id<ApplicationMarker> applicationId, Id<GenericMarker> assetId) {
    return of(
        AssetKind.STORE_PAGE_ASSET, false, "app-assets/" + applicationId + "/store/" + assetId);
  }

  /**
   * A sticker pack's banner, kept under {@link #STICKER_PACK_APPLICATION}. Maps "Sticker Pack
   * Banner".
   *
   * @param bannerAssetId the pack's {@code banner_asset_id}
   * @return the image, as PNG
   */
  public static CdnImage stickerPackBanner(Id<StickerPackBannerMarker> bannerAssetId) {
    return of(
        AssetKind.STICKER_PACK_BANNER,
        false,
        "app-assets/" + STICKER_PACK_APPLICATION + "/store/" + bannerAssetId);
  }

  /**
   * A team's icon. Maps "Team Icon".
   *
   * @param teamId the team
   * @param icon the team's {@code icon} hash
   * @return the image, as PNG
   */
  public static CdnImage teamIcon(Id<TeamMarker> teamId, ImageHash icon) {
    return hashed(AssetKind.TEAM_ICON, icon, "team-icons", teamId);
  }

  /**
   * A sticker, in the one format its format type gives: PNG (for PNG and APNG stickers), Lottie
   * JSON, or GIF from {@link #MEDIA_BASE_URL}. Maps "Sticker"; no size.
   *
   * @param stickerId the sticker
   * @param formatType the sticker's {@code format_type}
   * @return the image, in its format
   * @throws ValidationException if the format type is one gloam does not know
   */
  public static CdnImage sticker(Id<StickerMarker> stickerId, StickerFormatType formatType) {
    ImageFormat format;
    if (formatType.equals(StickerFormatType.PNG) || formatType.equals(StickerFormatType.APNG)) {
      format = ImageFormat.PNG;
    } else if (formatType.equals(StickerFormatType.LOTTIE)) {
      format = ImageFormat.LOTTIE;
    } else if (formatType.equals(StickerFormatType.GIF)) {
      format = ImageFormat.GIF;
    } else {
      throw new ValidationException(
          "formatType",
          Rule.NOT_ALLOWED,
          "a sticker's URL is known for PNG, APNG, LOTTIE and GIF stickers",
          Integer.toString(formatType.value()));
    }
    return new CdnImage(
        AssetKind.STICKER,
        format == ImageFormat.GIF ? MEDIA_BASE_URL : BASE_URL,
        "stickers/" + stickerId,
        false,
        Set.of(format),
        format,
        0,
        false);
  }

  /**
   * A role's icon. Maps "Role Icon".
   *
   * @param roleId the role
   * @param icon the role's {@code icon} hash
   * @return the image, as PNG
   */
  public static CdnImage roleIcon(Id<RoleMarker> roleId, ImageHash icon) {
    return hashed(AssetKind.ROLE_ICON, icon, "role-icons", roleId);
  }

  /**
   * A scheduled event's cover image. Maps "Guild Scheduled Event Cover".
   *
   * @param eventId the scheduled event
   * @param cover the event's {@code image} hash
   * @return the image, as PNG
   */
  public static CdnImage scheduledEventCover(Id<ScheduledEventMarker> eventId, ImageHash cover) {
    return hashed(AssetKind.GUILD_SCHEDULED_EVENT_COVER, cover, "guild-events", eventId);
  }

  /**
   * A member's banner in one guild. Maps "Guild Member Banner".
   *
   * @param guildId the guild
   * @param userId the member
   * @param banner the member's {@code banner} hash
   * @return the image, as PNG
   */
  public static CdnImage memberBanner(
      Id<GuildMarker> guildId, Id<UserMarker> userId, ImageHash banner) {
    return hashed(
        AssetKind.GUILD_MEMBER_BANNER, banner, "guilds", guildId, "users", userId, "banners");
  }

  /**
   * The badge of a guild's tag, shown next to the names of members who wear it. Maps "Guild Tag
   * Badge".
   *
   * @param guildId the guild (the user's primary guild {@code identity_guild_id})
   * @param badge the primary guild's {@code badge} hash
   * @return the image, as PNG
   */
  public static CdnImage guildTagBadge(Id<GuildMarker> guildId, ImageHash badge) {
    return hashed(AssetKind.GUILD_TAG_BADGE, badge, "guild-tag-badges", guildId);
  }

  /**
   * Returns this image in another format, still (for WebP, see {@link #animatedWebp()}).
   *
   * @param format the format
   * @return the copy
   * @throws ValidationException if this kind of image does not come in that format, or it is GIF
   *     and the image is not animated
   */
  public CdnImage format(ImageFormat format) {
    Objects.requireNonNull(format, "format");
    if (!allowed.contains(format)) {
      throw new ValidationException(
          "format",
          Rule.NOT_ALLOWED,
          "this " + kind.title() + " comes as " + names(allowed),
          format.name());
    }
    if (format == ImageFormat.GIF && kind.animatable() && !animated) {
      throw notAnimated("format", "GIF");
    }
    return new CdnImage(kind, base, path, animated, allowed, format, size, false);
  }

  /**
   * Returns this image as animated WebP: {@code .webp?animated=true}, which Discord recommends over
   * GIF for animations.
   *
   * @return the copy
   * @throws ValidationException if this kind of image has no animations or this image is not
   *     animated
   */
  public CdnImage animatedWebp() {
    if (!kind.animatable()) {
      throw new ValidationException(
          "animated", Rule.NOT_ALLOWED, "a " + kind.title() + " has no animated version", "true");
    }
    if (!animated) {
      throw notAnimated("animated", "true");
    }
    return new CdnImage(kind, base, path, true, allowed, ImageFormat.WEBP, size, true);
  }

  /**
   * Returns this image at another size, asked for with {@code ?size=}.
   *
   * @param size a power of two from 16 to 4096
   * @return the copy
   * @throws ValidationException if the size is not such a power of two, or the CDN ignores sizes
   *     for this kind (default avatars, stickers)
   */
  public CdnImage size(int size) {
    if (!kind.sizable()) {
      throw new ValidationException(
          "size",
          Rule.NOT_ALLOWED,
          "the CDN serves a " + kind.title() + " at a fixed size",
          Integer.toString(size));
    }
    if (size < MIN_SIZE || size > MAX_SIZE || Integer.bitCount(size) != 1) {
      throw new ValidationException(
          "size", Rule.OUT_OF_RANGE, "a power of two from 16 to 4096", Integer.toString(size));
    }
    return new CdnImage(kind, base, path, animated, allowed, format, size, animatedWebp);
  }

  /**
   * Returns which row of Discord's table this image belongs to.
   *
   * @return the kind
   */
  public AssetKind kind() {
    return kind;
  }

  /**
   * Returns the format the URL asks for.
   *
   * @return the format
   */
  public ImageFormat format() {
    return format;
  }

  /**
   * Returns the size the URL asks for.
   *
   * @return the size, or empty for the CDN's default
   */
  public OptionalInt size() {
    return size == 0 ? OptionalInt.empty() : OptionalInt.of(size);
  }

  /**
   * Tells whether the image is animated, so that GIF and animated WebP are available.
   *
   * @return {@code true} for an animated image of a kind that has animations
   */
  public boolean isAnimated() {
    return animated;
  }

  /**
   * Tells whether the URL asks for animated WebP.
   *
   * @return {@code true} after {@link #animatedWebp()}
   */
  public boolean isAnimatedWebp() {
    return animatedWebp;
  }

  /**
   * Returns the formats {@link #format(ImageFormat)} accepts for this image: the kind's, without
   * GIF when the image is not animated, and only its own for a sticker.
   *
   * @return the formats
   */
  public Set<ImageFormat> formats() {
    if (kind.animatable() && !animated) {
      Set<ImageFormat> still = EnumSet.copyOf(allowed);
      still.remove(ImageFormat.GIF);
      return Set.copyOf(still);
    }
    return allowed;
  }

  /**
   * Returns the URL.
   *
   * @return the URL, such as {@code
   *     https://cdn.discordapp.com/icons/1/a_1f.webp?size=64&animated=true}
   */
  public String url() {
    StringBuilder url = new StringBuilder(base).append(path).append('.').append(format.extension());
    char separator = '?';
    if (size != 0) {
      url.append(separator).append("size=").append(size);
      separator = '&';
    }
    if (animatedWebp) {
      url.append(separator).append("animated=true");
    }
    return url.toString();
  }

  /**
   * Returns the URL as a {@link URI}.
   *
   * @return the URI
   */
  public URI toUri() {
    return URI.create(url());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CdnImage image
        && image.kind == kind
        && image.animated == animated
        && image.format == format
        && image.size == size
        && image.animatedWebp == animatedWebp
        && image.base.equals(base)
        && image.path.equals(path);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, base, path, animated, format, size, animatedWebp);
  }

  /** Returns the URL, as {@link #url()}. */
  @Override
  public String toString() {
    return url();
  }

  private ValidationException notAnimated(String field, String actual) {
    return new ValidationException(
        field,
        Rule.NOT_ALLOWED,
        kind == AssetKind.CUSTOM_EMOJI
            ? "only an animated emoji comes as GIF or animated WebP"
            : "only an animated "
                + kind.title()
                + " (hash starting with a_) comes as GIF or"
                + " animated WebP",
        actual);
  }

  // A hash Discord sent in an unusual form is kept verbatim by ImageHash; it becomes part of a
  // path, so anything that could change the URL's meaning (/, ?, #, %, ..) is refused.
  private static ImageHash checked(ImageHash hash) {
    if (!hash.isCompact()) {
      String text = hash.toString();
      if (text.isEmpty()
          || !text.chars()
              .allMatch(
                  c ->
                      (c >= 'a' && c <= 'z')
                          || (c >= 'A' && c <= 'Z')
                          || (c >= '0' && c <= '9')
                          || c == '_'
                          || c == '-')) {
        throw new ValidationException(
            "hash", Rule.MALFORMED, "letters, digits, _ and -", "other characters");
      }
    }
    return hash;
  }

  private static String names(Set<ImageFormat> formats) {
    StringBuilder text = new StringBuilder();
    for (ImageFormat format : ImageFormat.values()) {
      if (formats.contains(format)) {
        text.append(text.isEmpty() ? "" : ", ").append(format.name());
      }
    }
    return text.toString();
  }
}
