package dev.gloam.util.builder.internal;

import dev.gloam.validate.Check;
import dev.gloam.validate.ValidationException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The two ways Discord takes a picture or a file by reference: a web URL it fetches, or {@code
 * attachment://<filename>} naming a file uploaded with the same request (reference, "Uploading
 * Files").
 */
public final class Sources {
  /** The scheme that refers to a file uploaded with the request. */
  public static final String ATTACHMENT_SCHEME = "attachment://";

  private Sources() {}

  /**
   * Checks that a text is an absolute {@code http} or {@code https} URL with a host.
   *
   * @param field the field's path
   * @param url the URL
   * @throws ValidationException if it is missing or another kind of URL
   */
  public static void webUrl(String field, String url) {
    Check.required(field, url, "a URL");
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw new ValidationException(
          field, ValidationException.Rule.MALFORMED, "an http(s) URL", "not a URI");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new ValidationException(
          field,
          ValidationException.Rule.MALFORMED,
          "an http(s) URL",
          scheme.isEmpty() ? "no scheme" : "scheme " + scheme);
    }
    if (uri.getHost() == null) {
      throw new ValidationException(
          field, ValidationException.Rule.MALFORMED, "an http(s) URL", "no host");
    }
  }

  /**
   * Checks a file name that an {@code attachment://} reference names. Discord keeps ASCII letters,
   * digits, underscores, dashes and dots of an uploaded file's name and rewrites the rest (spaces
   * and other characters), so a reference with any other character would not find its file.
   *
   * @param field the field's path
   * @param filename the file name, such as {@code chart.png}
   * @throws ValidationException if it is missing, empty, or has another character
   */
  public static void attachmentName(String field, String filename) {
    Check.required(field, filename, "the uploaded file's name");
    if (filename.isEmpty() || filename.chars().allMatch(c -> c == '.')) {
      throw new ValidationException(
          field, ValidationException.Rule.MALFORMED, "a file name", "no name");
    }
    for (int i = 0; i < filename.length(); i++) {
      char c = filename.charAt(i);
      boolean allowed =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '_'
              || c == '-'
              || c == '.';
      if (!allowed) {
        throw new ValidationException(
            field,
            ValidationException.Rule.MALFORMED,
            "ASCII letters, digits, '_', '-' and '.'",
            "character at index " + i);
      }
    }
  }

  /**
   * Returns a file name's extension in lower case.
   *
   * @param filename the file name
   * @return the text after the last dot, or {@code ""} if there is none
   */
  public static String extension(String filename) {
    int dot = filename.lastIndexOf('.');
    return dot < 0 ? "" : filename.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
