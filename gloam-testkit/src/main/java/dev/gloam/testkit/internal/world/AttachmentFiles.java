package dev.gloam.testkit.internal.world;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The files uploaded with messages, kept so that an attachment's {@code url} can be fetched back
 * from the testkit the way Discord serves them from its CDN ({@code
 * /attachments/{channel.id}/{attachment.id}/{filename}}).
 */
public final class AttachmentFiles {

  /** Where attachment URLs start, below the origin. */
  public static final String PATH = "/attachments/";

  /**
   * One stored file.
   *
   * @param contentType its media type
   * @param bytes its content
   */
  public record File(String contentType, byte[] bytes) {

    /**
     * Copies the bytes.
     *
     * @param contentType its media type
     * @param bytes its content
     */
    public File {
      Objects.requireNonNull(contentType, "contentType");
      bytes = bytes.clone();
    }

    /**
     * Returns a copy of the content.
     *
     * @return the bytes
     */
    @Override
    public byte[] bytes() {
      return bytes.clone();
    }
  }

  private final Map<String, File> files = new ConcurrentHashMap<>();
  private volatile String origin = "https://cdn.discordapp.com";

  /** Creates an empty store whose URLs point at Discord's CDN until {@link #origin} is set. */
  public AttachmentFiles() {}

  /**
   * Sets where the files are served, for example {@code http://127.0.0.1:45678}.
   *
   * @param newOrigin scheme, host and port, without a trailing slash
   */
  public void origin(String newOrigin) {
    this.origin = Objects.requireNonNull(newOrigin, "newOrigin");
  }

  /**
   * Stores a file and returns its URL.
   *
   * @param channelId the message's channel
   * @param attachmentId the attachment's snowflake
   * @param filename the file name
   * @param file the content
   * @return the absolute URL the file is served at
   */
  public String store(long channelId, long attachmentId, String filename, File file) {
    String path =
        PATH
            + Long.toUnsignedString(channelId)
            + "/"
            + Long.toUnsignedString(attachmentId)
            + "/"
            + URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
    files.put(path, file);
    return origin + path;
  }

  /**
   * Finds a file by the raw path of its URL.
   *
   * @param rawPath the path, for example {@code /attachments/1/2/a.txt}
   * @return the file, if one was stored there
   */
  public Optional<File> find(String rawPath) {
    return Optional.ofNullable(files.get(rawPath));
  }
}
