package dev.gloam.model.channel.message;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.BitFlags;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The flags of a message. Maps Discord's "Message Flags" table (resources/message).
 *
 * <p>Bits gloam does not name yet are kept and written back unchanged.
 */
public final class MessageFlags extends BitFlags<MessageFlags> {
  private static final Map<Long, String> NAMES = new LinkedHashMap<>();

  /** No flag set. */
  public static final MessageFlags NONE = new MessageFlags(0);

  /** The message was published to the channels that follow this one ({@code 1 << 0}). */
  public static final MessageFlags CROSSPOSTED = flag(0, "CROSSPOSTED");

  /** The message is a copy of a message published in a followed channel ({@code 1 << 1}). */
  public static final MessageFlags IS_CROSSPOST = flag(1, "IS_CROSSPOST");

  /** Embeds are hidden when the message is shown ({@code 1 << 2}). */
  public static final MessageFlags SUPPRESS_EMBEDS = flag(2, "SUPPRESS_EMBEDS");

  /** The original of this crossposted copy was deleted ({@code 1 << 3}). */
  public static final MessageFlags SOURCE_MESSAGE_DELETED = flag(3, "SOURCE_MESSAGE_DELETED");

  /** The message came from Discord's urgent message system ({@code 1 << 4}). */
  public static final MessageFlags URGENT = flag(4, "URGENT");

  /** A thread with the message's id was started from it ({@code 1 << 5}). */
  public static final MessageFlags HAS_THREAD = flag(5, "HAS_THREAD");

  /** Only the user who triggered the interaction can see the message ({@code 1 << 6}). */
  public static final MessageFlags EPHEMERAL = flag(6, "EPHEMERAL");

  /** An interaction response that is still being prepared ("thinking") ({@code 1 << 7}). */
  public static final MessageFlags LOADING = flag(7, "LOADING");

  /** Some mentioned roles could not be added to the thread ({@code 1 << 8}). */
  public static final MessageFlags FAILED_TO_MENTION_SOME_ROLES_IN_THREAD =
      flag(8, "FAILED_TO_MENTION_SOME_ROLES_IN_THREAD");

  /** The message sends no push or desktop notification ({@code 1 << 12}). */
  public static final MessageFlags SUPPRESS_NOTIFICATIONS = flag(12, "SUPPRESS_NOTIFICATIONS");

  /** The message is a voice message ({@code 1 << 13}). */
  public static final MessageFlags IS_VOICE_MESSAGE = flag(13, "IS_VOICE_MESSAGE");

  /** The message forwards another one and carries its snapshot ({@code 1 << 14}). */
  public static final MessageFlags HAS_SNAPSHOT = flag(14, "HAS_SNAPSHOT");

  /** The message is laid out entirely with components; once set, it stays set ({@code 1 << 15}). */
  public static final MessageFlags IS_COMPONENTS_V2 = flag(15, "IS_COMPONENTS_V2");

  private MessageFlags(long bits) {
    super(bits);
  }

  private static MessageFlags flag(int bit, String name) {
    NAMES.put(1L << bit, name);
    return new MessageFlags(1L << bit);
  }

  /**
   * Returns the flags with the given raw bits; unnamed bits are kept.
   *
   * @param bits the raw bits
   * @return the flags
   */
  @JsonCreator
  public static MessageFlags of(long bits) {
    return bits == 0 ? NONE : new MessageFlags(bits);
  }

  @JsonValue
  private long wire() {
    return bits();
  }

  @Override
  protected MessageFlags withBits(long bits) {
    return of(bits);
  }

  @Override
  protected Map<Long, String> names() {
    return Collections.unmodifiableMap(NAMES);
  }
}
