package dev.gloam.http.request;

import java.util.Objects;

/**
 * A file to upload with a request, such as a message attachment (reference, "Uploading Files"). The
 * bytes are not copied; do not change the array until the request was sent.
 *
 * <pre>{@code
 * client.createMessage(channelId)
 *     .content("the report")
 *     .attachments(AttachmentFile.of("report.txt", bytes).description("October"))
 *     .send();
 * }</pre>
 *
 * @param filename the file's name, shown in Discord and usable as {@code attachment://filename} in
 *     embeds
 * @param bytes the file's content
 * @param description the alt text, up to 1024 characters, or {@code null}
 * @param contentType the media type, or {@code null} to send {@code application/octet-stream}
 */
public record AttachmentFile(
    String filename, byte[] bytes, String description, String contentType) {
  /** Checks that the name and content are present. */
  public AttachmentFile {
    Objects.requireNonNull(filename, "filename");
    Objects.requireNonNull(bytes, "bytes");
    if (filename.isBlank()) {
      throw new IllegalArgumentException("the file name is empty");
    }
  }

  /**
   * Creates a file without description and with a generic media type.
   *
   * @param filename the file's name
   * @param bytes the content
   * @return the file
   */
  public static AttachmentFile of(String filename, byte[] bytes) {
    return new AttachmentFile(filename, bytes, null, null);
  }

  /**
   * Returns this file with alt text.
   *
   * @param description the alt text
   * @return the file
   */
  public AttachmentFile description(String description) {
    return new AttachmentFile(filename, bytes, description, contentType);
  }

  /**
   * Returns this file with a media type.
   *
   * @param contentType the media type, such as {@code image/png}
   * @return the file
   */
  public AttachmentFile contentType(String contentType) {
    return new AttachmentFile(filename, bytes, description, contentType);
  }

  /** Describes the file by name and size, without its content. */
  @Override
  public String toString() {
    return "AttachmentFile[" + filename + ", " + bytes.length + " bytes]";
  }
}
