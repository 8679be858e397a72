package dev.gloam.http.request;

import dev.gloam.http.transport.RequestBody;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Builds a {@code multipart/form-data} body (RFC 7578): text fields such as {@code payload_json},
 * and files.
 *
 * <pre>{@code
 * RequestBody body = new Multipart()
 *     .text("payload_json", json)
 *     .file("files[0]", AttachmentFile.of("a.png", png))
 *     .build();
 * }</pre>
 */
public final class Multipart {
  private final String boundary =
      "gloam-" + Long.toHexString(ThreadLocalRandom.current().nextLong()) + "-boundary";
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  /** Creates an empty body. */
  public Multipart() {}

  /**
   * Adds a text field.
   *
   * @param name the field's name
   * @param value the value, sent as UTF-8
   * @return this builder
   */
  public Multipart text(String name, String value) {
    header("Content-Disposition: form-data; name=\"" + quote(name) + "\"");
    header(
        "Content-Type: "
            + (name.equals("payload_json") ? "application/json" : "text/plain; charset=utf-8"));
    line("");
    out.writeBytes(value.getBytes(StandardCharsets.UTF_8));
    line("");
    return this;
  }

  /**
   * Adds a file.
   *
   * @param name the field's name, such as {@code files[0]}
   * @param file the file
   * @return this builder
   */
  public Multipart file(String name, AttachmentFile file) {
    header(
        "Content-Disposition: form-data; name=\""
            + quote(name)
            + "\"; filename=\""
            + quote(file.filename())
            + "\"");
    header(
        "Content-Type: "
            + (file.contentType() == null ? "application/octet-stream" : file.contentType()));
    line("");
    out.writeBytes(file.bytes());
    line("");
    return this;
  }

  /**
   * Finishes the body.
   *
   * @return the body, ready to send
   */
  public RequestBody build() {
    line("--" + boundary + "--");
    return new RequestBody.Multipart(boundary, out.toByteArray());
  }

  private void header(String text) {
    if (text.startsWith("Content-Disposition")) {
      line("--" + boundary);
    }
    line(text);
  }

  private void line(String text) {
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    out.writeBytes(new byte[] {'\r', '\n'});
  }

  private static String quote(String text) {
    // Quotes and line breaks would end the header early; RFC 7578 percent-encodes them.
    return text.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
  }
}
