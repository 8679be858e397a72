package dev.gloam.http.request;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request's query parameters, in the order they were first set. Values are percent-encoded as
 * UTF-8; a parameter set twice keeps its last value, and one given several values with {@link
 * #setAll} or {@link #add} is repeated ({@code tag=1&tag=2}), as Discord reads array parameters.
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
   * Sets a parameter to several values, sent as the parameter repeated once per value; {@code null}
   * or an empty list removes it.
   *
   * @param name the parameter's name
   * @param values the values, each written with {@link String#valueOf(Object)}
   * @return this query
   */
  public Query setAll(String name, Iterable<?> values) {
    List<String> texts = new ArrayList<>();
    if (values != null) {
      values.forEach(value -> texts.add(String.valueOf(value)));
    }
    if (texts.isEmpty()) {
      parameters.remove(name);
    } else {
      parameters.put(name, texts);
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
   * @return the value (the first, if it has several), or {@code null} if it is not set
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
