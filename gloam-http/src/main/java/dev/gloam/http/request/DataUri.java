package dev.gloam.http.request;

import java.util.Base64;
import java.util.Objects;

/**
 * A file sent inside a JSON body as a data URI ({@code data:image/png;base64,...}), the way Discord
 * takes every image and sound set through JSON (reference, "Image Data"): avatars, icons, banners,
 * splashes, emoji images, soundboard sounds and event cover images. Every request with such a field
 * takes one of these; the size of the decoded file is kept so that requests can check it against
 * Discord's limits without decoding.
 *
 * <pre>{@code
 * client.createGuildEmoji(guildId, "gloam", DataUri.png(bytes)).send();
 * }</pre>
 *
 * @param mediaType the media type, such as {@code image/png} or {@code audio/ogg}
 * @param size the size of the file in bytes
 * @param uri the whole data URI
 */
public record DataUri(String mediaType, int size, String uri) {
  /** Checks that the parts are present and consistent. */
  public DataUri {
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(uri, "uri");
    if (!uri.startsWith("data:" + mediaType + ";base64,")) {
      throw new IllegalArgumentException("not a base64 data URI of " + mediaType);
    }
  }

  /**
   * Encodes a file.
   *
   * @param mediaType the media type, such as {@code image/gif}
   * @param bytes the file's content
   * @return the data URI
   */
  public static DataUri of(String mediaType, byte[] bytes) {
    return new DataUri(
        mediaType,
        bytes.length,
        "data:" + mediaType + ";base64," + Base64.getEncoder().encodeToString(bytes));
  }

  /**
   * Encodes a PNG image.
   *
   * @param bytes the image
   * @return the data URI
   */
  public static DataUri png(byte[] bytes) {
    return of("image/png", bytes);
  }

  /**
   * Encodes a JPEG image.
   *
   * @param bytes the image
   * @return the data URI
   */
  public static DataUri jpeg(byte[] bytes) {
    return of("image/jpeg", bytes);
  }

  /**
   * Encodes a GIF image, which makes an emoji, avatar or banner animated.
   *
   * @param bytes the image
   * @return the data URI
   */
  public static DataUri gif(byte[] bytes) {
    return of("image/gif", bytes);
  }

  /**
   * Encodes an MP3 sound, for the soundboard.
   *
   * @param bytes the sound
   * @return the data URI
   */
  public static DataUri mp3(byte[] bytes) {
    return of("audio/mpeg", bytes);
  }

  /**
   * Encodes an Ogg sound, for the soundboard.
   *
   * @param bytes the sound
   * @return the data URI
   */
  public static DataUri ogg(byte[] bytes) {
    return of("audio/ogg", bytes);
  }

  /** Describes the file by media type and size, without the content. */
  @Override
  public String toString() {
    return "DataUri[" + mediaType + ", " + size + " bytes]";
  }
}
