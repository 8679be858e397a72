package dev.gloam.model.value;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The hash naming an image on Discord's CDN: an avatar, icon, banner, splash and so on. See
 * Discord's reference, "Image Formatting".
 *
 * <p>Discord's hashes are 32 hexadecimal digits, prefixed with {@code a_} when the image is
 * animated. Such a hash is kept as 16 bytes and a flag instead of a 34-character string, which
 * matters when a cache holds millions of them. Anything else Discord sends is kept verbatim, so
 * every hash is written back exactly as it was read.
 *
 * <pre>{@code
 * ImageHash avatar = ImageHash.parse("a_1269e74af4df7417b13759eae50c83dc");
 * avatar.isAnimated();   // true
 * avatar.toString();     // "a_1269e74af4df7417b13759eae50c83dc"
 * }</pre>
 */
@JsonDeserialize(using = ImageHashDeserializer.class)
public final class ImageHash {
  private static final String ANIMATED_PREFIX = "a_";
  private static final int HEX_DIGITS = 32;

  private final long high;
  private final long low;
  private final boolean animated;
  // Only set for hashes that are not 32 lowercase hex digits: they are kept as Discord sent them.
  private final String verbatim;

  private ImageHash(long high, long low, boolean animated, String verbatim) {
    this.high = high;
    this.low = low;
    this.animated = animated;
    this.verbatim = verbatim;
  }

  /**
   * Reads a hash as Discord sends it.
   *
   * @param hash the hash text
   * @return the hash
   */
  public static ImageHash parse(String hash) {
    Objects.requireNonNull(hash, "hash");
    boolean animated = hash.startsWith(ANIMATED_PREFIX);
    String digits = animated ? hash.substring(ANIMATED_PREFIX.length()) : hash;
    if (digits.length() != HEX_DIGITS || !isLowerHex(digits)) {
      return new ImageHash(0, 0, animated, hash);
    }
    return new ImageHash(
        Long.parseUnsignedLong(digits, 0, 16, 16),
        Long.parseUnsignedLong(digits, 16, 32, 16),
        animated,
        null);
  }

  // The usual case, read from a parser's buffer without making Strings: 32 lowercase hex digits,
  // maybe after "a_". Anything else returns null and goes through parse(String).
  static ImageHash fromChars(char[] text, int offset, int length) {
    boolean animated = length == HEX_DIGITS + 2 && text[offset] == 'a' && text[offset + 1] == '_';
    if (length != HEX_DIGITS && !animated) {
      return null;
    }
    int start = animated ? offset + 2 : offset;
    long high = 0;
    long low = 0;
    for (int i = 0; i < HEX_DIGITS; i++) {
      char c = text[start + i];
      int nibble;
      if (c >= '0' && c <= '9') {
        nibble = c - '0';
      } else if (c >= 'a' && c <= 'f') {
        nibble = c - 'a' + 10;
      } else {
        return null;
      }
      if (i < 16) {
        high = high << 4 | nibble;
      } else {
        low = low << 4 | nibble;
      }
    }
    return new ImageHash(high, low, animated, null);
  }

  private static boolean isLowerHex(String digits) {
    for (int i = 0; i < digits.length(); i++) {
      char c = digits.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Tells whether the image is animated (its hash starts with {@code a_}); such images are also
   * available as GIF.
   *
   * @return {@code true} for an animated image
   */
  public boolean isAnimated() {
    return animated;
  }

  /**
   * Tells whether the hash had Discord's usual form and is stored compactly.
   *
   * @return {@code false} if the hash is kept verbatim
   */
  public boolean isCompact() {
    return verbatim == null;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ImageHash hash
        && hash.high == high
        && hash.low == low
        && hash.animated == animated
        && Objects.equals(hash.verbatim, verbatim);
  }

  @Override
  public int hashCode() {
    return verbatim != null
        ? verbatim.hashCode()
        : Long.hashCode(high * 31 + low) ^ (animated ? 1 : 0);
  }

  /** Returns the hash exactly as Discord sent it. */
  @JsonValue
  @Override
  public String toString() {
    if (verbatim != null) {
      return verbatim;
    }
    StringBuilder text = new StringBuilder(animated ? 34 : 32);
    if (animated) {
      text.append(ANIMATED_PREFIX);
    }
    appendHex(text, high);
    appendHex(text, low);
    return text.toString();
  }

  private static void appendHex(StringBuilder text, long bits) {
    String hex = Long.toHexString(bits);
    text.repeat('0', 16 - hex.length()).append(hex);
  }
}
