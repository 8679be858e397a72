package dev.gloam.model.user;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.StringEnum;
import dev.gloam.model.value.StringEnumRegistry;

/**
 * The third-party service of a connection. Maps Discord's "Services" table (resources/user).
 *
 * <p>An open enum: values Discord adds later parse to an unnamed instance that keeps its string.
 */
public final class ConnectionService extends StringEnum {
  private static final StringEnumRegistry<ConnectionService> VALUES =
      new StringEnumRegistry<>(value -> new ConnectionService(value, false));

  /** Amazon Music ({@code amazon-music}). */
  public static final ConnectionService AMAZON_MUSIC =
      VALUES.register(new ConnectionService("amazon-music", true));

  /** Battle.net ({@code battlenet}). */
  public static final ConnectionService BATTLENET =
      VALUES.register(new ConnectionService("battlenet", true));

  /** Bungie.net ({@code bungie}). */
  public static final ConnectionService BUNGIE =
      VALUES.register(new ConnectionService("bungie", true));

  /** Bluesky ({@code bluesky}). */
  public static final ConnectionService BLUESKY =
      VALUES.register(new ConnectionService("bluesky", true));

  /** Crunchyroll ({@code crunchyroll}). */
  public static final ConnectionService CRUNCHYROLL =
      VALUES.register(new ConnectionService("crunchyroll", true));

  /** A domain name ({@code domain}). */
  public static final ConnectionService DOMAIN =
      VALUES.register(new ConnectionService("domain", true));

  /** eBay ({@code ebay}). */
  public static final ConnectionService EBAY = VALUES.register(new ConnectionService("ebay", true));

  /** Epic Games ({@code epicgames}). */
  public static final ConnectionService EPICGAMES =
      VALUES.register(new ConnectionService("epicgames", true));

  /** Facebook ({@code facebook}). */
  public static final ConnectionService FACEBOOK =
      VALUES.register(new ConnectionService("facebook", true));

  /** GitHub ({@code github}). */
  public static final ConnectionService GITHUB =
      VALUES.register(new ConnectionService("github", true));

  /** Instagram; users can no longer add it ({@code instagram}). */
  public static final ConnectionService INSTAGRAM =
      VALUES.register(new ConnectionService("instagram", true));

  /** Mastodon ({@code mastodon}). */
  public static final ConnectionService MASTODON =
      VALUES.register(new ConnectionService("mastodon", true));

  /** PayPal ({@code paypal}). */
  public static final ConnectionService PAYPAL =
      VALUES.register(new ConnectionService("paypal", true));

  /** PlayStation Network ({@code playstation}). */
  public static final ConnectionService PLAYSTATION =
      VALUES.register(new ConnectionService("playstation", true));

  /** Reddit ({@code reddit}). */
  public static final ConnectionService REDDIT =
      VALUES.register(new ConnectionService("reddit", true));

  /** Roblox ({@code roblox}). */
  public static final ConnectionService ROBLOX =
      VALUES.register(new ConnectionService("roblox", true));

  /** Spotify ({@code spotify}). */
  public static final ConnectionService SPOTIFY =
      VALUES.register(new ConnectionService("spotify", true));

  /** Skype; users can no longer add it ({@code skype}). */
  public static final ConnectionService SKYPE =
      VALUES.register(new ConnectionService("skype", true));

  /** Steam ({@code steam}). */
  public static final ConnectionService STEAM =
      VALUES.register(new ConnectionService("steam", true));

  /** TikTok ({@code tiktok}). */
  public static final ConnectionService TIKTOK =
      VALUES.register(new ConnectionService("tiktok", true));

  /** Twitch ({@code twitch}). */
  public static final ConnectionService TWITCH =
      VALUES.register(new ConnectionService("twitch", true));

  /** X (formerly Twitter) ({@code twitter}). */
  public static final ConnectionService TWITTER =
      VALUES.register(new ConnectionService("twitter", true));

  /** Xbox ({@code xbox}). */
  public static final ConnectionService XBOX = VALUES.register(new ConnectionService("xbox", true));

  /** YouTube ({@code youtube}). */
  public static final ConnectionService YOUTUBE =
      VALUES.register(new ConnectionService("youtube", true));

  private ConnectionService(String value, boolean known) {
    super(value, known);
  }

  /**
   * Returns the value with the given raw string, named if gloam knows it.
   *
   * @param value the raw value
   * @return the constant, or an unnamed instance for an unknown value
   */
  @JsonCreator
  public static ConnectionService of(String value) {
    return VALUES.of(value);
  }

  @JsonValue
  private String wire() {
    return value();
  }
}
