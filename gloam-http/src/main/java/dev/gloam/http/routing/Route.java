package dev.gloam.http.routing;

/**
 * Every REST route gloam sends: method, path template and the parameter Discord keys rate limits
 * by. Each typed request goes through one of these, so the table is the single place that knows
 * Discord's paths. Maps the operations of Discord's OpenAPI description.
 */
public enum Route {
  /** {@code GET /gateway/bot}: the gateway URL, shard count and session start limit. */
  GET_GATEWAY_BOT("GET", "/gateway/bot", MajorParameter.NONE),
  /** {@code GET /users/@me}: the current user. */
  GET_CURRENT_USER("GET", "/users/@me", MajorParameter.NONE),
  /** {@code POST /channels/{channel.id}/messages}: send a message. */
  CREATE_MESSAGE("POST", "/channels/{channel.id}/messages", MajorParameter.CHANNEL);

  private final String method;
  private final String template;
  private final MajorParameter majorParameter;

  Route(String method, String template, MajorParameter majorParameter) {
    this.method = method;
    this.template = template;
    this.majorParameter = majorParameter;
  }

  /**
   * Returns the HTTP method.
   *
   * @return the method, such as {@code POST}
   */
  public String method() {
    return method;
  }

  /**
   * Returns the path template relative to the API base, with Discord's parameter names.
   *
   * @return the template, such as {@code /channels/{channel.id}/messages}
   */
  public String template() {
    return template;
  }

  /**
   * Returns the top-level parameter that separates rate-limit buckets of this route.
   *
   * @return the major parameter
   */
  public MajorParameter majorParameter() {
    return majorParameter;
  }

  /**
   * Fills the template's parameters in order.
   *
   * @param values the parameter values, one per {@code {...}} in the template
   * @return the path, such as {@code /channels/123/messages}
   * @throws IllegalArgumentException if the number of values does not match the template
   */
  public String path(Object... values) {
    StringBuilder path = new StringBuilder();
    int next = 0;
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      if (c == '{') {
        int end = template.indexOf('}', i);
        if (next >= values.length) {
          throw new IllegalArgumentException(
              name() + " needs a value for " + template.substring(i, end + 1));
        }
        path.append(values[next++]);
        i = end + 1;
      } else {
        path.append(c);
        i++;
      }
    }
    if (next != values.length) {
      throw new IllegalArgumentException(
          name() + " takes " + next + " parameters, got " + values.length);
    }
    return path.toString();
  }
}
