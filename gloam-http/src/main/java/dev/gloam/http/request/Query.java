package dev.gloam.http.request;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request's query parameters, in the order they were first set. Values are percent-encoded as
 * UTF-8; a parameter set twice keeps its last value.
 */
public final class Query {
  private final Map<String, String> parameters = new LinkedHashMap<>();

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
      parameters.put(name, String.valueOf(value));
    }
    return this;
  }

  /**
   * Returns a parameter's value.
   *
   * @param name the parameter's name
   * @return the value, or {@code null} if it is not set
   */
  public String get(String name) {
    return parameters.get(name);
  }

  /**
   * Encodes the query.
   *
   * @return {@code name=value&...} without a leading {@code ?}, or {@code ""}
   */
  public String encoded() {
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, String> parameter : parameters.entrySet()) {
      if (!out.isEmpty()) {
        out.append('&');
      }
      out.append(encode(parameter.getKey())).append('=').append(encode(parameter.getValue()));
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
