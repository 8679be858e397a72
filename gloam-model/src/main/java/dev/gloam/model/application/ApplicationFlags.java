package dev.gloam.model.application;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.BitFlags;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The public flags of an application. Maps Discord's "Application Flags" table
 * (resources/application).
 *
 * <p>Discord sends the same bits twice: as a number in {@code flags} (never more than 31 bits) and
 * as a decimal string in {@code flags_new} (every bit). Both read into this type; which form is
 * written depends on the field (see {@link Application#flagsNew()}).
 */
public final class ApplicationFlags extends BitFlags<ApplicationFlags> {
  private static final Map<Long, String> NAMES = new LinkedHashMap<>();

  /** No flag set. */
  public static final ApplicationFlags NONE = new ApplicationFlags(0);

  /** The app uses the auto moderation API ({@code 1 << 6}). */
  public static final ApplicationFlags APPLICATION_AUTO_MODERATION_RULE_CREATE_BADGE =
      flag(6, "APPLICATION_AUTO_MODERATION_RULE_CREATE_BADGE");

  /** The presence intent, for bots in 100 servers or more ({@code 1 << 12}). */
  public static final ApplicationFlags GATEWAY_PRESENCE = flag(12, "GATEWAY_PRESENCE");

  /** The presence intent, for bots in fewer than 100 servers ({@code 1 << 13}). */
  public static final ApplicationFlags GATEWAY_PRESENCE_LIMITED =
      flag(13, "GATEWAY_PRESENCE_LIMITED");

  /** The guild members intent, for bots in 100 servers or more ({@code 1 << 14}). */
  public static final ApplicationFlags GATEWAY_GUILD_MEMBERS = flag(14, "GATEWAY_GUILD_MEMBERS");

  /** The guild members intent, for bots in fewer than 100 servers ({@code 1 << 15}). */
  public static final ApplicationFlags GATEWAY_GUILD_MEMBERS_LIMITED =
      flag(15, "GATEWAY_GUILD_MEMBERS_LIMITED");

  /** Unusual growth keeps the app from being verified ({@code 1 << 16}). */
  public static final ApplicationFlags VERIFICATION_PENDING_GUILD_LIMIT =
      flag(16, "VERIFICATION_PENDING_GUILD_LIMIT");

  /** The app is embedded in the Discord client ({@code 1 << 17}). */
  public static final ApplicationFlags EMBEDDED = flag(17, "EMBEDDED");

  /** The message content intent, for bots in 100 servers or more ({@code 1 << 18}). */
  public static final ApplicationFlags GATEWAY_MESSAGE_CONTENT =
      flag(18, "GATEWAY_MESSAGE_CONTENT");

  /** The message content intent, for bots in fewer than 100 servers ({@code 1 << 19}). */
  public static final ApplicationFlags GATEWAY_MESSAGE_CONTENT_LIMITED =
      flag(19, "GATEWAY_MESSAGE_CONTENT_LIMITED");

  /** The app has registered global application commands ({@code 1 << 23}). */
  public static final ApplicationFlags APPLICATION_COMMAND_BADGE =
      flag(23, "APPLICATION_COMMAND_BADGE");

  private ApplicationFlags(long bits) {
    super(bits);
  }

  private static ApplicationFlags flag(int bit, String name) {
    NAMES.put(1L << bit, name);
    return new ApplicationFlags(1L << bit);
  }

  /**
   * Returns the flags with the given raw bits; unnamed bits are kept.
   *
   * @param bits the raw bits
   * @return the flags
   */
  @JsonCreator
  public static ApplicationFlags of(long bits) {
    return bits == 0 ? NONE : new ApplicationFlags(bits);
  }

  @JsonValue
  private long wire() {
    return bits();
  }

  @Override
  protected ApplicationFlags withBits(long bits) {
    return of(bits);
  }

  @Override
  protected Map<Long, String> names() {
    return Collections.unmodifiableMap(NAMES);
  }
}
