package dev.gloam.testkit.internal.openapi;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code multipart/form-data} body split into its parts. Discord reads the JSON fields of such a
 * body from the {@code payload_json} part and files from parts named {@code files[n]}
 * (reference.mdx, "Uploading Files").
 *
 * @param parts the parts in order
 */
public record MultipartForm(List<Part> parts) {

  /**
   * One part.
   *
   * @param name the form field's name
   * @param filename the file's name, empty if the part is not a file
   * @param raw the part's bytes, one char per byte (ISO-8859-1), as the server reads multipart
   *     bodies so that files survive exactly
   */
  public record Part(String name, String filename, String raw) {

    /**
     * Returns the content as text, for form fields such as {@code payload_json}.
     *
     * @return the bytes decoded as UTF-8
     */
    public String text() {
      return new String(bytes(), StandardCharsets.UTF_8);
    }

    /**
     * Returns the content exactly as sent, for files.
     *
     * @return a new array
     */
    public byte[] bytes() {
      return raw.getBytes(StandardCharsets.ISO_8859_1);
    }
  }

  private static final Pattern BOUNDARY =
      Pattern.compile("boundary=(\"([^\"]+)\"|[^;\\s]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern NAME = Pattern.compile("[; ]name=\"([^\"]*)\"");
  private static final Pattern FILENAME = Pattern.compile("filename=\"([^\"]*)\"");

  /**
   * Copies the parts.
   *
   * @param parts the parts
   */
  public MultipartForm {
    parts = List.copyOf(parts);
  }

  /**
   * Parses a body.
   *
   * @param contentType the request's {@code Content-Type}, which names the boundary
   * @param body the body with one char per byte (ISO-8859-1), as the server reads multipart
   * @return the form, or empty if the body is not well-formed multipart
   */
  public static Optional<MultipartForm> parse(String contentType, String body) {
    Matcher boundaryMatch = BOUNDARY.matcher(contentType);
    if (!boundaryMatch.find()) {
      return Optional.empty();
    }
    String boundary =
        "--" + (boundaryMatch.group(2) != null ? boundaryMatch.group(2) : boundaryMatch.group(1));
    int start = body.indexOf(boundary);
    if (start < 0) {
      return Optional.empty();
    }
    List<Part> parts = new ArrayList<>();
    int cursor = start + boundary.length();
    while (!body.startsWith("--", cursor)) {
      int headersStart = skipLineBreak(body, cursor);
      int headersEnd = body.indexOf("\r\n\r\n", headersStart);
      int separator = 4;
      if (headersEnd < 0) {
        headersEnd = body.indexOf("\n\n", headersStart);
        separator = 2;
      }
      if (headersEnd < 0) {
        return Optional.empty();
      }
      int next = body.indexOf(boundary, headersEnd);
      if (next < 0) {
        return Optional.empty();
      }
      String headers = body.substring(headersStart, headersEnd);
      String content = body.substring(headersEnd + separator, next);
      if (content.endsWith("\r\n")) {
        content = content.substring(0, content.length() - 2);
      } else if (content.endsWith("\n")) {
        content = content.substring(0, content.length() - 1);
      }
      String disposition = "";
      for (String line : headers.split("\r?\n")) {
        if (line.toLowerCase(Locale.ROOT).startsWith("content-disposition:")) {
          disposition = line;
        }
      }
      Matcher name = NAME.matcher(disposition);
      if (name.find()) {
        Matcher filename = FILENAME.matcher(disposition);
        String file = filename.find() ? utf8(filename.group(1)) : "";
        parts.add(new Part(utf8(name.group(1)), file, content));
      }
      cursor = next + boundary.length();
      if (cursor >= body.length()) {
        break;
      }
    }
    return Optional.of(new MultipartForm(parts));
  }

  // Names in the headers are UTF-8 on the wire; the body was read one char per byte.
  private static String utf8(String latin1) {
    return new String(latin1.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
  }

  /**
   * Finds a part by name.
   *
   * @param name the field name, for example {@code payload_json}
   * @return the first part of that name
   */
  public Optional<Part> part(String name) {
    return parts.stream().filter(part -> part.name().equals(name)).findFirst();
  }

  private static int skipLineBreak(String body, int at) {
    if (body.startsWith("\r\n", at)) {
      return at + 2;
    }
    return body.startsWith("\n", at) ? at + 1 : at;
  }
}
