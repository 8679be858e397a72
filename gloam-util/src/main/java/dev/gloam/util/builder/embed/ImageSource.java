package dev.gloam.util.builder.embed;

import dev.gloam.util.builder.internal.Sources;
import dev.gloam.validate.ValidationException;
import java.util.Optional;
import java.util.Set;

/**
 * Where an embed's picture comes from: a web URL that Discord fetches, or a file uploaded with the
 * same message and named by {@code attachment://<filename>} (reference, "Uploading Files", "Using
 * Attachments within Embeds"). Used for an embed's image and thumbnail and for the icons of its
 * footer and author.
 *
 * <pre>{@code
 * ImageSource logo = ImageSource.url("https://example.com/logo.png");
 * ImageSource chart = ImageSource.attachment("chart.png"); // upload a file named chart.png too
 * }</pre>
 *
 * <p>Instances are immutable and compare by their URL.
 */
public final class ImageSource {
  /** The extensions Discord shows from an uploaded file in an embed. */
  public static final Set<String> ATTACHMENT_EXTENSIONS =
      Set.of("jpg", "jpeg", "png", "webp", "gif");

  private final String url;
  private final String filename;

  private ImageSource(String url, String filename) {
    this.url = url;
    this.filename = filename;
  }

  /**
   * A picture on the web. Embeds take only {@code http} and {@code https} URLs.
   *
   * @param url the absolute URL, such as {@code https://example.com/logo.png}
   * @return the source
   * @throws ValidationException ({@code url}) if the URL is missing or not http(s)
   */
  public static ImageSource url(String url) {
    Sources.webUrl("url", url);
    return new ImageSource(url, null);
  }

  /**
   * A picture uploaded with the message as a file of this name. Discord shows only {@code .jpg},
   * {@code .jpeg}, {@code .png}, {@code .webp} and {@code .gif} files in embeds, and file names of
   * ASCII letters, digits, {@code _}, {@code -} and {@code .}.
   *
   * @param filename the uploaded file's name, such as {@code chart.png}
   * @return the source, whose URL is {@code attachment://chart.png}
   * @throws ValidationException ({@code filename}) if the name has another character or extension
   */
  public static ImageSource attachment(String filename) {
    Sources.attachmentName("filename", filename);
    String extension = Sources.extension(filename);
    if (!ATTACHMENT_EXTENSIONS.contains(extension)) {
      throw new ValidationException(
          "filename",
          ValidationException.Rule.NOT_ALLOWED,
          "an image file: .jpg, .jpeg, .png, .webp or .gif",
          extension.isEmpty() ? "no extension" : "." + extension);
    }
    return new ImageSource(Sources.ATTACHMENT_SCHEME + filename, filename);
  }

  /**
   * Returns the URL as Discord takes it.
   *
   * @return the web URL, or {@code attachment://<filename>}
   */
  public String url() {
    return url;
  }

  /**
   * Returns the name of the uploaded file this source refers to.
   *
   * @return the file name, or empty for a web URL
   */
  public Optional<String> attachmentFilename() {
    return Optional.ofNullable(filename);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ImageSource source && source.url.equals(url);
  }

  @Override
  public int hashCode() {
    return url.hashCode();
  }

  @Override
  public String toString() {
    return "ImageSource[" + url + "]";
  }
}
