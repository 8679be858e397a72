package dev.gloam.http.request;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request's query parameters, in the order they were first set. Values are percent-encoded as
 * UTF-8; a parameter set twice keeps its last value, and {@link #add} repeats a parameter for
 * list-valued ones ({@code author_id=1&author_id=2}).
 */
public final class Query {
  private final Map<String, List<String>> parameters = new LinkedHashMap<>();

  /** Creates an empty query; requests get one from {@link Request#query()}. */
  Query() {}

  /**
   * Sets a parameter; {@code null} removes it.
   *
   * @param name the parameter's name
   * @param value the value, written with {@link String#valueOf(Object)}, or {@code null}
   * @return this query
   */
  public Query set(String name, Object value) {
    if (value == null) {
      parameters.remove(name);
    } else {
      List<String> values = new ArrayList<>(1);
      values.add(String.valueOf(value));
      parameters.put(name, values);
    }
    return this;
  }

  /**
   * Adds one more value to a parameter, which is then sent once per value.
   *
   * @param name the parameter's name
   * @param value the value, written with {@link String#valueOf(Object)}
   * @return this query
   */
  public Query add(String name, Object value) {
    parameters.computeIfAbsent(name, key -> new ArrayList<>(2)).add(String.valueOf(value));
    return this;
  }

  /**
   * Returns a parameter's value.
   *
   * @param name the parameter's name
   * @return the first value, or {@code null} if it is not set
   */
  public String get(String name) {
    List<String> values = parameters.get(name);
    return values == null ? null : values.get(0);
  }

  /**
   * Encodes the query.
   *
   * @return {@code name=value&...} without a leading {@code ?}, or {@code ""}
   */
  public String encoded() {
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
      for (String value : parameter.getValue()) {
        if (!out.isEmpty()) {
          out.append('&');
        }
        out.append(encode(parameter.getKey())).append('=').append(encode(value));
      }
    }
    return out.toString();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  @Override
  public String toString() {
    return "Query" + parameters.keySet();
  }
}
