package dev.gloam.testkit.internal.openapi;

import dev.gloam.testkit.internal.rest.RestResponse;
import dev.gloam.testkit.internal.rest.Route;
import dev.gloam.testkit.internal.rest.Router;
import dev.gloam.testkit.internal.rest.ratelimit.RouteKey;
import dev.gloam.testkit.internal.snowflake.SnowflakeGenerator;
import java.time.Clock;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the REST server asks of the description for each request: which operation it names, whether
 * its credentials are enough, whether it is valid, and, when no stateful route handles it, a
 * generated answer. One per server; the description behind it is shared.
 */
public final class OpenApiGate {

  private final OpenApi api;
  private final RequestValidator validator;
  private final ResponseFaker faker;
  private final Map<Operation, Route> generatedRoutes = new IdentityHashMap<>();

  /**
   * Creates a gate over the shared description.
   *
   * @param ids where generated ids come from
   * @param clock the time for generated timestamps
   */
  public OpenApiGate(SnowflakeGenerator ids, Clock clock) {
    this.api = OpenApi.shared();
    this.validator = new RequestValidator(api);
    this.faker = new ResponseFaker(api, ids, clock);
    for (Operation operation : api.operations().operations()) {
      generatedRoutes.put(operation, generatedRoute(operation));
    }
  }

  /**
   * Finds the operation of a request.
   *
   * @param method the HTTP method
   * @param apiPath the raw path below {@code /api/v10}, or null if the request is outside it
   * @return the lookup
   */
  public OperationTable.Lookup lookup(String method, String apiPath) {
    return apiPath == null
        ? new OperationTable.NotFound()
        : api.operations().lookup(method, apiPath);
  }

  /**
   * Completes the router's match: a stateful route wins; otherwise an operation of the description
   * is answered by a generated response; otherwise nothing matches (404, or 405 if the path exists
   * with other methods).
   *
   * @param match the stateful router's match
   * @param lookup the operation lookup
   * @return the match to serve
   */
  public Router.Match complete(Router.Match match, OperationTable.Lookup lookup) {
    if (match.route() != null && servesSameOperation(match.route(), lookup)) {
      return match;
    }
    if (lookup instanceof OperationTable.Found found) {
      return new Router.Match(
          generatedRoutes.get(found.operation()), routeParameters(found.parameters()), true);
    }
    return new Router.Match(null, Map.of(), match.pathExists() || lookup.pathExists());
  }

  // A stateful route answers only the operation it was written for: /guilds/1/members/search is
  // the member search, even though the route for one member ("/guilds/{id}/members/{id}") also
  // matches its path.
  private static boolean servesSameOperation(Route route, OperationTable.Lookup lookup) {
    return !(lookup instanceof OperationTable.Found found)
        || RouteKey.of(route.method(), route.template())
            .equals(RouteKey.of(found.operation().method(), found.operation().path().toString()));
  }

  /**
   * Decides whether a request's credentials are enough, by the operation's {@code security} list
   * when the description has the operation, else by the route.
   *
   * @param lookup the operation lookup
   * @param route the route that will answer
   * @param authorization the {@code Authorization} header, or null; never logged
   * @param validBotToken whether the header is exactly the testkit's bot token
   * @return true if the request may proceed
   */
  public boolean permits(
      OperationTable.Lookup lookup, Route route, String authorization, boolean validBotToken) {
    if (lookup instanceof OperationTable.Found found) {
      return found.operation().security().permits(authorization, validBotToken);
    }
    return !route.requiresAuthorization() || validBotToken;
  }

  /**
   * Validates a request against its operation's schemas.
   *
   * @param lookup the operation lookup
   * @param rawQuery the raw query string, or null
   * @param contentType the {@code Content-Type} header, or an empty string
   * @param body the body text
   * @return Discord's error response, or empty if the request is valid or names no operation
   */
  public Optional<RestResponse> validate(
      OperationTable.Lookup lookup, String rawQuery, String contentType, String body) {
    if (lookup instanceof OperationTable.Found found) {
      return validator.validate(found.operation(), found.parameters(), rawQuery, contentType, body);
    }
    return Optional.empty();
  }

  private Route generatedRoute(Operation operation) {
    StringBuilder template = new StringBuilder();
    for (String segment : operation.path().segments()) {
      template.append('/');
      boolean placeholder = segment.length() > 2 && segment.startsWith("{");
      template.append(
          placeholder
              ? "{" + routeName(segment.substring(1, segment.length() - 1)) + "}"
              : segment);
    }
    return new Route(
        operation.method(),
        template.toString(),
        !operation.security().anonymous(),
        request -> {
          Map<String, String> parameters = new LinkedHashMap<>();
          for (Parameter parameter : operation.pathParameters()) {
            String value = request.pathParameters().get(routeName(parameter.name()));
            if (value != null) {
              parameters.put(parameter.name(), value);
            }
          }
          boolean asked =
              operation.answerOnRequest().filter(answer -> request.flag(answer.flag())).isPresent();
          return faker.respond(operation, parameters, asked);
        });
  }

  /**
   * Renames the description's placeholders to the routes' style, {@code channel_id} to {@code
   * channel.id}, which the rate limiter keys its major parameters on.
   */
  private static Map<String, String> routeParameters(Map<String, String> parameters) {
    Map<String, String> renamed = new LinkedHashMap<>();
    parameters.forEach((name, value) -> renamed.put(routeName(name), value));
    return renamed;
  }

  private static String routeName(String name) {
    return name.endsWith("_id") ? name.substring(0, name.length() - 3) + ".id" : name;
  }
}
