package dev.gloam.model.guild;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.BitFlags;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The permissions of a role, member or overwrite, as listed in Discord's "Permissions" topic.
 *
 * <p>On the wire a permission set is a decimal string, since it outgrows JSON's safe integers; a
 * JSON number (as in guild templates) is read too. It is always written as a decimal string.
 *
 * <pre>{@code
 * Permissions mod = Permissions.KICK_MEMBERS.with(Permissions.BAN_MEMBERS);
 * boolean canKick = role.permissions().contains(Permissions.KICK_MEMBERS);
 * }</pre>
 */
@JsonDeserialize(using = PermissionsDeserializer.class)
public final class Permissions extends BitFlags<Permissions> {
  private static final Map<Long, String> NAMES = new LinkedHashMap<>();

  /** No flag set. */
  public static final Permissions NONE = new Permissions(0);

  /** Create instant invite ({@code 1 << 0}). */
  public static final Permissions CREATE_INSTANT_INVITE = flag(0, "CREATE_INSTANT_INVITE");

  /** Kick members ({@code 1 << 1}). */
  public static final Permissions KICK_MEMBERS = flag(1, "KICK_MEMBERS");

  /** Ban members ({@code 1 << 2}). */
  public static final Permissions BAN_MEMBERS = flag(2, "BAN_MEMBERS");

  /** Administrator ({@code 1 << 3}). */
  public static final Permissions ADMINISTRATOR = flag(3, "ADMINISTRATOR");

  /** Manage channels ({@code 1 << 4}). */
  public static final Permissions MANAGE_CHANNELS = flag(4, "MANAGE_CHANNELS");

  /** Manage guild ({@code 1 << 5}). */
  public static final Permissions MANAGE_GUILD = flag(5, "MANAGE_GUILD");

  /** Add reactions ({@code 1 << 6}). */
  public static final Permissions ADD_REACTIONS = flag(6, "ADD_REACTIONS");

  /** View audit log ({@code 1 << 7}). */
  public static final Permissions VIEW_AUDIT_LOG = flag(7, "VIEW_AUDIT_LOG");

  /** Priority speaker ({@code 1 << 8}). */
  public static final Permissions PRIORITY_SPEAKER = flag(8, "PRIORITY_SPEAKER");

  /** Stream ({@code 1 << 9}). */
  public static final Permissions STREAM = flag(9, "STREAM");

  /** View channel ({@code 1 << 10}). */
  public static final Permissions VIEW_CHANNEL = flag(10, "VIEW_CHANNEL");

  /** Send messages ({@code 1 << 11}). */
  public static final Permissions SEND_MESSAGES = flag(11, "SEND_MESSAGES");

  /** Send tts messages ({@code 1 << 12}). */
  public static final Permissions SEND_TTS_MESSAGES = flag(12, "SEND_TTS_MESSAGES");

  /** Manage messages ({@code 1 << 13}). */
  public static final Permissions MANAGE_MESSAGES = flag(13, "MANAGE_MESSAGES");

  /** Embed links ({@code 1 << 14}). */
  public static final Permissions EMBED_LINKS = flag(14, "EMBED_LINKS");

  /** Attach files ({@code 1 << 15}). */
  public static final Permissions ATTACH_FILES = flag(15, "ATTACH_FILES");

  /** Read message history ({@code 1 << 16}). */
  public static final Permissions READ_MESSAGE_HISTORY = flag(16, "READ_MESSAGE_HISTORY");

  /** Mention everyone ({@code 1 << 17}). */
  public static final Permissions MENTION_EVERYONE = flag(17, "MENTION_EVERYONE");

  /** Use external emojis ({@code 1 << 18}). */
  public static final Permissions USE_EXTERNAL_EMOJIS = flag(18, "USE_EXTERNAL_EMOJIS");

  /** View guild insights ({@code 1 << 19}). */
  public static final Permissions VIEW_GUILD_INSIGHTS = flag(19, "VIEW_GUILD_INSIGHTS");

  /** Connect ({@code 1 << 20}). */
  public static final Permissions CONNECT = flag(20, "CONNECT");

  /** Speak ({@code 1 << 21}). */
  public static final Permissions SPEAK = flag(21, "SPEAK");

  /** Mute members ({@code 1 << 22}). */
  public static final Permissions MUTE_MEMBERS = flag(22, "MUTE_MEMBERS");

  /** Deafen members ({@code 1 << 23}). */
  public static final Permissions DEAFEN_MEMBERS = flag(23, "DEAFEN_MEMBERS");

  /** Move members ({@code 1 << 24}). */
  public static final Permissions MOVE_MEMBERS = flag(24, "MOVE_MEMBERS");

  /** Use vad ({@code 1 << 25}). */
  public static final Permissions USE_VAD = flag(25, "USE_VAD");

  /** Change nickname ({@code 1 << 26}). */
  public static final Permissions CHANGE_NICKNAME = flag(26, "CHANGE_NICKNAME");

  /** Manage nicknames ({@code 1 << 27}). */
  public static final Permissions MANAGE_NICKNAMES = flag(27, "MANAGE_NICKNAMES");

  /** Manage roles ({@code 1 << 28}). */
  public static final Permissions MANAGE_ROLES = flag(28, "MANAGE_ROLES");

  /** Manage webhooks ({@code 1 << 29}). */
  public static final Permissions MANAGE_WEBHOOKS = flag(29, "MANAGE_WEBHOOKS");

  /** Manage guild expressions ({@code 1 << 30}). */
  public static final Permissions MANAGE_GUILD_EXPRESSIONS = flag(30, "MANAGE_GUILD_EXPRESSIONS");

  /** Use application commands ({@code 1 << 31}). */
  public static final Permissions USE_APPLICATION_COMMANDS = flag(31, "USE_APPLICATION_COMMANDS");

  /** Request to speak ({@code 1 << 32}). */
  public static final Permissions REQUEST_TO_SPEAK = flag(32, "REQUEST_TO_SPEAK");

  /** Manage events ({@code 1 << 33}). */
  public static final Permissions MANAGE_EVENTS = flag(33, "MANAGE_EVENTS");

  /** Manage threads ({@code 1 << 34}). */
  public static final Permissions MANAGE_THREADS = flag(34, "MANAGE_THREADS");

  /** Create public threads ({@code 1 << 35}). */
  public static final Permissions CREATE_PUBLIC_THREADS = flag(35, "CREATE_PUBLIC_THREADS");

  /** Create private threads ({@code 1 << 36}). */
  public static final Permissions CREATE_PRIVATE_THREADS = flag(36, "CREATE_PRIVATE_THREADS");

  /** Use external stickers ({@code 1 << 37}). */
  public static final Permissions USE_EXTERNAL_STICKERS = flag(37, "USE_EXTERNAL_STICKERS");

  /** Send messages in threads ({@code 1 << 38}). */
  public static final Permissions SEND_MESSAGES_IN_THREADS = flag(38, "SEND_MESSAGES_IN_THREADS");

  /** Use embedded activities ({@code 1 << 39}). */
  public static final Permissions USE_EMBEDDED_ACTIVITIES = flag(39, "USE_EMBEDDED_ACTIVITIES");

  /** Moderate members ({@code 1 << 40}). */
  public static final Permissions MODERATE_MEMBERS = flag(40, "MODERATE_MEMBERS");

  /** View creator monetization analytics ({@code 1 << 41}). */
  public static final Permissions VIEW_CREATOR_MONETIZATION_ANALYTICS =
      flag(41, "VIEW_CREATOR_MONETIZATION_ANALYTICS");

  /** Use soundboard ({@code 1 << 42}). */
  public static final Permissions USE_SOUNDBOARD = flag(42, "USE_SOUNDBOARD");

  /** Create guild expressions ({@code 1 << 43}). */
  public static final Permissions CREATE_GUILD_EXPRESSIONS = flag(43, "CREATE_GUILD_EXPRESSIONS");

  /** Create events ({@code 1 << 44}). */
  public static final Permissions CREATE_EVENTS = flag(44, "CREATE_EVENTS");

  /** Use external sounds ({@code 1 << 45}). */
  public static final Permissions USE_EXTERNAL_SOUNDS = flag(45, "USE_EXTERNAL_SOUNDS");

  /** Send voice messages ({@code 1 << 46}). */
  public static final Permissions SEND_VOICE_MESSAGES = flag(46, "SEND_VOICE_MESSAGES");

  /** Set voice channel status ({@code 1 << 48}). */
  public static final Permissions SET_VOICE_CHANNEL_STATUS = flag(48, "SET_VOICE_CHANNEL_STATUS");

  /** Send polls ({@code 1 << 49}). */
  public static final Permissions SEND_POLLS = flag(49, "SEND_POLLS");

  /** Use external apps ({@code 1 << 50}). */
  public static final Permissions USE_EXTERNAL_APPS = flag(50, "USE_EXTERNAL_APPS");

  /** Pin messages ({@code 1 << 51}). */
  public static final Permissions PIN_MESSAGES = flag(51, "PIN_MESSAGES");

  /** Bypass slowmode ({@code 1 << 52}). */
  public static final Permissions BYPASS_SLOWMODE = flag(52, "BYPASS_SLOWMODE");

  // Every flag above; declared after them, so that all are in NAMES.
  private static final Permissions ALL =
      of(NAMES.keySet().stream().mapToLong(Long::longValue).reduce(0, (a, b) -> a | b));

  private Permissions(long bits) {
    super(bits);
  }

  private static Permissions flag(int bit, String name) {
    NAMES.put(1L << bit, name);
    return new Permissions(1L << bit);
  }

  /**
   * Returns every permission gloam knows: what a guild's owner, and a member with {@link
   * #ADMINISTRATOR}, have ("Permission Hierarchy" and "Permission Overwrites" in
   * topics/permissions).
   *
   * @return all named permissions
   */
  public static Permissions all() {
    return ALL;
  }

  /**
   * Returns the flags with the given raw bits; unnamed bits are kept.
   *
   * @param bits the raw bits
   * @return the flags
   */
  public static Permissions of(long bits) {
    return bits == 0 ? NONE : new Permissions(bits);
  }

  /**
   * Reads flags from Discord's wire form, a decimal string (numbers are accepted too).
   *
   * @param text the unsigned decimal bits
   * @return the flags
   * @throws IllegalArgumentException if the text is not an unsigned 64-bit number
   */
  public static Permissions parse(String text) {
    try {
      return of(Long.parseUnsignedLong(text));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a permissions bit set: \"" + text + "\"", e);
    }
  }

  @JsonValue
  private String wire() {
    return Long.toUnsignedString(bits());
  }

  @Override
  protected Permissions withBits(long bits) {
    return of(bits);
  }

  @Override
  protected Map<Long, String> names() {
    return Collections.unmodifiableMap(NAMES);
  }
}
