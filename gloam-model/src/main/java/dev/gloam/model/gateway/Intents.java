package dev.gloam.model.gateway;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.BitFlags;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The gateway intents a shard subscribes to when it identifies; see Discord's gateway docs,
 * "Gateway Intents". {@code GUILD_MEMBERS}, {@code GUILD_PRESENCES} and {@code MESSAGE_CONTENT} are
 * privileged and must be enabled for the application.
 *
 * <pre>{@code
 * Intents intents = Intents.GUILD_MESSAGES.with(Intents.DIRECT_MESSAGES, Intents.MESSAGE_CONTENT);
 * }</pre>
 */
public final class Intents extends BitFlags<Intents> {
  private static final Map<Long, String> NAMES = new LinkedHashMap<>();

  /** No flag set. */
  public static final Intents NONE = new Intents(0);

  /** Guilds ({@code 1 << 0}). */
  public static final Intents GUILDS = flag(0, "GUILDS");

  /** Guild members ({@code 1 << 1}). */
  public static final Intents GUILD_MEMBERS = flag(1, "GUILD_MEMBERS");

  /** Guild moderation ({@code 1 << 2}). */
  public static final Intents GUILD_MODERATION = flag(2, "GUILD_MODERATION");

  /** Guild expressions ({@code 1 << 3}). */
  public static final Intents GUILD_EXPRESSIONS = flag(3, "GUILD_EXPRESSIONS");

  /** Guild integrations ({@code 1 << 4}). */
  public static final Intents GUILD_INTEGRATIONS = flag(4, "GUILD_INTEGRATIONS");

  /** Guild webhooks ({@code 1 << 5}). */
  public static final Intents GUILD_WEBHOOKS = flag(5, "GUILD_WEBHOOKS");

  /** Guild invites ({@code 1 << 6}). */
  public static final Intents GUILD_INVITES = flag(6, "GUILD_INVITES");

  /** Guild voice states ({@code 1 << 7}). */
  public static final Intents GUILD_VOICE_STATES = flag(7, "GUILD_VOICE_STATES");

  /** Guild presences ({@code 1 << 8}). */
  public static final Intents GUILD_PRESENCES = flag(8, "GUILD_PRESENCES");

  /** Guild messages ({@code 1 << 9}). */
  public static final Intents GUILD_MESSAGES = flag(9, "GUILD_MESSAGES");

  /** Guild message reactions ({@code 1 << 10}). */
  public static final Intents GUILD_MESSAGE_REACTIONS = flag(10, "GUILD_MESSAGE_REACTIONS");

  /** Guild message typing ({@code 1 << 11}). */
  public static final Intents GUILD_MESSAGE_TYPING = flag(11, "GUILD_MESSAGE_TYPING");

  /** Direct messages ({@code 1 << 12}). */
  public static final Intents DIRECT_MESSAGES = flag(12, "DIRECT_MESSAGES");

  /** Direct message reactions ({@code 1 << 13}). */
  public static final Intents DIRECT_MESSAGE_REACTIONS = flag(13, "DIRECT_MESSAGE_REACTIONS");

  /** Direct message typing ({@code 1 << 14}). */
  public static final Intents DIRECT_MESSAGE_TYPING = flag(14, "DIRECT_MESSAGE_TYPING");

  /** Message content ({@code 1 << 15}). */
  public static final Intents MESSAGE_CONTENT = flag(15, "MESSAGE_CONTENT");

  /** Guild scheduled events ({@code 1 << 16}). */
  public static final Intents GUILD_SCHEDULED_EVENTS = flag(16, "GUILD_SCHEDULED_EVENTS");

  /** Auto moderation configuration ({@code 1 << 20}). */
  public static final Intents AUTO_MODERATION_CONFIGURATION =
      flag(20, "AUTO_MODERATION_CONFIGURATION");

  /** Auto moderation execution ({@code 1 << 21}). */
  public static final Intents AUTO_MODERATION_EXECUTION = flag(21, "AUTO_MODERATION_EXECUTION");

  /** Guild message polls ({@code 1 << 24}). */
  public static final Intents GUILD_MESSAGE_POLLS = flag(24, "GUILD_MESSAGE_POLLS");

  /** Direct message polls ({@code 1 << 25}). */
  public static final Intents DIRECT_MESSAGE_POLLS = flag(25, "DIRECT_MESSAGE_POLLS");

  private Intents(long bits) {
    super(bits);
  }

  private static Intents flag(int bit, String name) {
    NAMES.put(1L << bit, name);
    return new Intents(1L << bit);
  }

  /**
   * Returns the flags with the given raw bits; unnamed bits are kept.
   *
   * @param bits the raw bits
   * @return the flags
   */
  @JsonCreator
  public static Intents of(long bits) {
    return bits == 0 ? NONE : new Intents(bits);
  }

  @JsonValue
  private long wire() {
    return bits();
  }

  @Override
  protected Intents withBits(long bits) {
    return of(bits);
  }

  @Override
  protected Map<Long, String> names() {
    return Collections.unmodifiableMap(NAMES);
  }
}
