package dev.gloam.model.channel.message.attachment;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.BitFlags;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The flags of an attachment. Maps Discord's "Attachment Flags" table (resources/message).
 *
 * <p>Bits gloam does not name yet are kept and written back unchanged.
 */
public final class AttachmentFlags extends BitFlags<AttachmentFlags> {
  private static final Map<Long, String> NAMES = new LinkedHashMap<>();

  /** No flag set. */
  public static final AttachmentFlags NONE = new AttachmentFlags(0);

  /** The attachment is a clip recorded from a stream ({@code 1 << 0}). */
  public static final AttachmentFlags IS_CLIP = flag(0, "IS_CLIP");

  /**
   * The attachment is the thumbnail of a media channel thread, shown in the grid only ({@code 1 <<
   * 1}).
   */
  public static final AttachmentFlags IS_THUMBNAIL = flag(1, "IS_THUMBNAIL");

  /** The attachment was edited with the mobile remix feature (deprecated) ({@code 1 << 2}). */
  public static final AttachmentFlags IS_REMIX = flag(2, "IS_REMIX");

  /** The attachment is a spoiler, blurred until clicked ({@code 1 << 3}). */
  public static final AttachmentFlags IS_SPOILER = flag(3, "IS_SPOILER");

  /** The attachment is an animated image ({@code 1 << 5}). */
  public static final AttachmentFlags IS_ANIMATED = flag(5, "IS_ANIMATED");

  private AttachmentFlags(long bits) {
    super(bits);
  }

  private static AttachmentFlags flag(int bit, String name) {
    NAMES.put(1L << bit, name);
    return new AttachmentFlags(1L << bit);
  }

  /**
   * Returns the flags with the given raw bits; unnamed bits are kept.
   *
   * @param bits the raw bits
   * @return the flags
   */
  @JsonCreator
  public static AttachmentFlags of(long bits) {
    return bits == 0 ? NONE : new AttachmentFlags(bits);
  }

  @JsonValue
  private long wire() {
    return bits();
  }

  @Override
  protected AttachmentFlags withBits(long bits) {
    return of(bits);
  }

  @Override
  protected Map<Long, String> names() {
    return Collections.unmodifiableMap(NAMES);
  }
}
