package dev.gloam.testkit.internal.rest.ratelimit;

import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Reads what rate limiting needs from a request's path parameters: the major parameter (the
 * top-level resource that gets counters of its own) and whether the route is an interaction
 * endpoint, which Discord exempts from the global limit. Parameter names are compared without
 * punctuation, so {@code channel.id} and {@code channel_id} are the same.
 */
public final class PathParameters {

  private PathParameters() {}

  /**
   * Returns the value of the major parameters in a path: a channel, guild, webhook or interaction
   * id, with the webhook or interaction token where the path has one. Tokens are replaced by a
   * digest, so the result is safe to keep and print.
   *
   * @param parameters the placeholder values, by name, in path order
   * @return for example {@code "channel=123"}, or an empty string if the path has none
   */
  public static String majorParameter(Map<String, String> parameters) {
    StringJoiner major = new StringJoiner("/");
    parameters.forEach(
        (name, value) -> {
          switch (plain(name)) {
            case "channelid", "guildid", "webhookid", "interactionid", "applicationid" -> {
              // An application id only leads a path as the id of an interaction's webhook.
              if (!plain(name).equals("applicationid") || hasToken(parameters)) {
                major.add(plain(name) + "=" + value);
              }
            }
            case "webhooktoken", "interactiontoken" ->
                major.add(plain(name) + "#" + RouteKey.hash("token " + value));
            default -> {}
          }
        });
    return major.toString();
  }

  /**
   * Tells whether a path is an interaction endpoint: an interaction callback, or a webhook path of
   * the application itself with an interaction token (original response and follow-ups). These are
   * not bound to the global limit.
   *
   * @param parameters the placeholder values, by name
   * @param applicationId the bot's application id
   * @return true for an interaction endpoint
   */
  public static boolean isInteractionEndpoint(Map<String, String> parameters, long applicationId) {
    boolean hasWebhookToken = false;
    boolean webhookIsApplication = false;
    for (Map.Entry<String, String> parameter : parameters.entrySet()) {
      switch (plain(parameter.getKey())) {
        case "interactionid", "interactiontoken" -> {
          return true;
        }
        case "webhooktoken" -> hasWebhookToken = true;
        case "webhookid", "applicationid" ->
            webhookIsApplication |=
                parameter.getValue().equals(Long.toUnsignedString(applicationId));
        default -> {}
      }
    }
    return hasWebhookToken && webhookIsApplication;
  }

  private static boolean hasToken(Map<String, String> parameters) {
    return parameters.keySet().stream()
        .map(PathParameters::plain)
        .anyMatch(name -> name.endsWith("token"));
  }

  private static String plain(String name) {
    StringBuilder letters = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isLetter(c)) {
        letters.append(Character.toLowerCase(c));
      }
    }
    return letters.toString().toLowerCase(Locale.ROOT);
  }
}
