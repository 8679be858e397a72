package dev.gloam.util.cdn;

/**
 * A file format Discord's CDN serves images in, chosen by the URL's extension (Discord: reference,
 * "Image Formatting", "Image Formats"). Which formats an image allows depends on its {@link
 * AssetKind}.
 */
public enum ImageFormat {
  /** PNG, {@code .png}: every kind but Lottie stickers allows it. */
  PNG("png"),
  /** JPEG, written {@code .jpg} (Discord also accepts {@code .jpeg}). */
  JPEG("jpg"),
  /** WebP, {@code .webp}: still, or animated with {@link CdnImage#animatedWebp()}. */
  WEBP("webp"),
  /** GIF, {@code .gif}: only for images that are animated. */
  GIF("gif"),
  /** Lottie, {@code .json}: only for stickers whose format type is Lottie. */
  LOTTIE("json");

  private final String extension;

  ImageFormat(String extension) {
    this.extension = extension;
  }

  /**
   * Returns the file extension that asks the CDN for this format.
   *
   * @return the extension without the dot, such as {@code "webp"}
   */
  public String extension() {
    return extension;
  }
}
