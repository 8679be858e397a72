package dev.gloam.testkit.internal.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A path template of the description, such as {@code /channels/{channel_id}/messages}, split into
 * literal segments and placeholders.
 *
 * @param text the template as the description writes it
 * @param segments the segments between slashes, without the leading empty one
 */
public record PathTemplate(String text, List<String> segments) {

  /**
   * Copies the segments.
   *
   * @param text the template
   * @param segments its segments
   */
  public PathTemplate {
    segments = List.copyOf(segments);
  }

  /**
   * Parses a template.
   *
   * @param text for example {@code /users/{user_id}}
   * @return the template
   */
  public static PathTemplate parse(String text) {
    return new PathTemplate(text, List.of(text.substring(1).split("/", -1)));
  }

  /**
   * Tells whether a segment is a placeholder.
   *
   * @param index the segment's position
   * @return true for {@code {name}} segments
   */
  public boolean isPlaceholder(int index) {
    return isPlaceholder(segments.get(index));
  }

  /**
   * Returns the placeholder names in order.
   *
   * @return for example {@code [channel_id, message_id]}
   */
  public List<String> placeholders() {
    List<String> names = new ArrayList<>();
    for (String segment : segments) {
      if (isPlaceholder(segment)) {
        names.add(segment.substring(1, segment.length() - 1));
      }
    }
    return names;
  }

  /**
   * Matches concrete path segments (already percent-decoded).
   *
   * @param path the request path's segments
   * @return the placeholder values by name, if the path matches
   */
  public Optional<Map<String, String>> match(List<String> path) {
    if (path.size() != segments.size()) {
      return Optional.empty();
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < segments.size(); i++) {
      String expected = segments.get(i);
      String actual = path.get(i);
      if (isPlaceholder(expected)) {
        if (actual.isEmpty()) {
          return Optional.empty();
        }
        values.put(expected.substring(1, expected.length() - 1), actual);
      } else if (!expected.equals(actual)) {
        return Optional.empty();
      }
    }
    return Optional.of(values);
  }

  /**
   * Orders templates so that the more specific comes first: at the first position where one has a
   * literal and the other a placeholder, the literal wins ({@code /users/@me} before {@code
   * /users/{user_id}}), the way Discord resolves such routes.
   *
   * @param other the template to compare with
   * @return negative if this template is more specific
   */
  public int compareSpecificity(PathTemplate other) {
    int length = Math.min(segments.size(), other.segments.size());
    for (int i = 0; i < length; i++) {
      boolean mine = isPlaceholder(i);
      boolean theirs = other.isPlaceholder(i);
      if (mine != theirs) {
        return mine ? 1 : -1;
      }
    }
    return Integer.compare(segments.size(), other.segments.size());
  }

  private static boolean isPlaceholder(String segment) {
    return segment.length() > 2 && segment.startsWith("{") && segment.endsWith("}");
  }

  @Override
  public String toString() {
    return text;
  }
}
