package dev.gloam.util.builder.component;

import dev.gloam.model.channel.message.component.UnfurledMediaItem;
import dev.gloam.util.builder.internal.Sources;
import dev.gloam.validate.ValidationException;
import java.util.Optional;

/**
 * Where a component's media comes from (components/reference, "Unfurled Media Item"): a web URL
 * that Discord fetches, or a file uploaded with the same message and named by {@code
 * attachment://<filename>}. Used by thumbnails, media gallery items and (attachments only) files.
 *
 * <pre>{@code
 * MediaSource photo = MediaSource.url("https://example.com/photo.webp");
 * MediaSource report = MediaSource.attachment("report.pdf"); // upload a file named report.pdf too
 * }</pre>
 *
 * <p>Instances are immutable and compare by their URL.
 */
public final class MediaSource {
  private final String url;
  private final String filename;

  private MediaSource(String url, String filename) {
    this.url = url;
    this.filename = filename;
  }

  /**
   * Media on the web, by a direct link to the file.
   *
   * @param url the absolute http(s) URL
   * @return the source
   * @throws ValidationException ({@code url}) if the URL is missing or not http(s)
   */
  public static MediaSource url(String url) {
    Sources.webUrl("url", url);
    return new MediaSource(url, null);
  }

  /**
   * A file uploaded with the message under this name. Discord keeps only ASCII letters, digits,
   * {@code _}, {@code -} and {@code .} of uploaded file names, so a name with another character
   * would not match its upload.
   *
   * @param filename the uploaded file's name, such as {@code report.pdf}
   * @return the source, whose URL is {@code attachment://report.pdf}
   * @throws ValidationException ({@code filename}) if the name is missing or has another character
   */
  public static MediaSource attachment(String filename) {
    Sources.attachmentName("filename", filename);
    return new MediaSource(Sources.ATTACHMENT_SCHEME + filename, filename);
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

  /**
   * Returns the source as the model's media item, with only the URL set (Discord fills the rest).
   *
   * @return the media item
   */
  public UnfurledMediaItem toMediaItem() {
    return new UnfurledMediaItem(
        url,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MediaSource source && source.url.equals(url);
  }

  @Override
  public int hashCode() {
    return url.hashCode();
  }

  @Override
  public String toString() {
    return "MediaSource[" + url + "]";
  }
}
