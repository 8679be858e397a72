package dev.gloam.http.request;

import dev.gloam.http.HttpException;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.response.Response;
import dev.gloam.http.routing.MajorParameter;
import dev.gloam.http.transport.ApiRequest;
import dev.gloam.http.transport.RequestBody;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.json.ModelJson;
import dev.gloam.validate.ValidationException;
import dev.gloam.validate.audit.AuditLogChecks;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import tools.jackson.databind.JsonNode;

/**
 * A request to any route, for routes Discord adds before gloam has a typed request for them. It is
 * rate limited like a typed request: ids in the path become placeholders, so that requests to one
 * route share a queue, and the first id after {@code /channels}, {@code /guilds} or {@code
 * /webhooks} is the major parameter. A token after a webhook or interaction id is masked in logs
 * and authenticates the request instead of the client's token. Obtained from {@link
 * dev.gloam.http.Client#raw(String, String)}.
 *
 * <pre>{@code
 * JsonNode answer = client.raw("POST", "/channels/" + channelId + "/messages")
 *     .json("{\"content\":\"hi\"}")
 *     .send()
 *     .model();
 * }</pre>
 */
public final class RawRequest {
  private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");

  private final Transport transport;
  private final String method;
  private final String template;
  private final MajorParameter majorParameter;
  private final List<String> values;
  private final Query query = new Query();
  private RequestBody body = RequestBody.none();
  private String reason;
  private Duration timeout;
  private final Map<String, String> headers = new LinkedHashMap<>();

  /**
   * Creates the request; use {@link dev.gloam.http.Client#raw(String, String)} instead.
   *
   * @param transport the client's transport
   * @param method the HTTP method
   * @param path the path below the API base, without query
   */
  public RawRequest(Transport transport, String method, String path) {
    this.transport = Objects.requireNonNull(transport, "transport");
    this.method = Objects.requireNonNull(method, "method").toUpperCase(Locale.ROOT);
    if (!METHODS.contains(this.method)) {
      throw new IllegalArgumentException("unsupported method " + method + ", expected " + METHODS);
    }
    Objects.requireNonNull(path, "path");
    if (!path.startsWith("/") || path.contains("?") || path.contains("#")) {
      throw new IllegalArgumentException(
          "the path must start with / and have no query; use query(...) for parameters");
    }
    String[] segments = path.substring(1).split("/", -1);
    StringBuilder shape = new StringBuilder();
    List<String> found = new ArrayList<>();
    MajorParameter major = MajorParameter.NONE;
    for (int i = 0; i < segments.length; i++) {
      String segment = segments[i];
      shape.append('/');
      String top = i > 0 ? segments[0] : "";
      boolean tokenAfterId =
          i == 2 && (top.equals("webhooks") || top.equals("interactions")) && !isId(segment);
      if (i == 1 && isId(segment) && top.equals("channels")) {
        major = MajorParameter.CHANNEL;
        placeholder(shape, found, "channel_id", segment);
      } else if (i == 1 && isId(segment) && top.equals("guilds")) {
        major = MajorParameter.GUILD;
        placeholder(shape, found, "guild_id", segment);
      } else if (i == 1 && isId(segment) && top.equals("webhooks")) {
        major = MajorParameter.WEBHOOK;
        placeholder(shape, found, "webhook_id", segment);
      } else if (i == 1 && isId(segment) && top.equals("interactions")) {
        major = MajorParameter.INTERACTION;
        placeholder(shape, found, "interaction_id", segment);
      } else if (tokenAfterId && !segment.isEmpty()) {
        placeholder(
            shape, found, top.equals("webhooks") ? "webhook_token" : "interaction_token", segment);
      } else if (isId(segment)) {
        placeholder(shape, found, "id" + found.size(), segment);
      } else {
        shape.append(segment);
      }
    }
    this.template = shape.toString();
    this.majorParameter = major;
    this.values = List.copyOf(found);
  }

  /**
   * Sets a query parameter.
   *
   * @param name the parameter's name
   * @param value its value, or {@code null} to remove it
   * @return this request
   */
  public RawRequest query(String name, Object value) {
    query.set(name, value);
    return this;
  }

  /**
   * Sets a JSON body.
   *
   * @param json the JSON text
   * @return this request
   */
  public RawRequest json(String json) {
    this.body = new RequestBody.Json(json.getBytes(StandardCharsets.UTF_8));
    return this;
  }

  /**
   * Sets a JSON body written from a value with the model's JSON codec, such as a model record or a
   * {@link JsonNode}.
   *
   * @param value the value
   * @return this request
   */
  public RawRequest jsonOf(Object value) {
    this.body = new RequestBody.Json(ModelJson.writeBytes(value));
    return this;
  }

  /**
   * Sets a multipart body, for uploads.
   *
   * @param multipart the finished multipart body
   * @return this request
   */
  public RawRequest multipart(RequestBody.Multipart multipart) {
    this.body = Objects.requireNonNull(multipart, "multipart");
    return this;
  }

  /**
   * Sets a further header, for an operation that needs one.
   *
   * @param name the header's name; not one the transport sets ({@code Authorization}, {@code
   *     User-Agent}, {@code Content-Type}, {@code X-Audit-Log-Reason}, ...)
   * @param value the value
   * @return this request
   * @throws IllegalArgumentException if the transport sets that header itself
   */
  public RawRequest header(String name, String value) {
    if (ApiRequest.RESERVED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
      throw new IllegalArgumentException("the transport sets " + name + " itself");
    }
    headers.put(name, Objects.requireNonNull(value, "value"));
    return this;
  }

  /**
   * Sets the reason shown in the guild's audit log, up to 512 characters.
   *
   * @param reason the reason
   * @return this request
   */
  public RawRequest reason(String reason) {
    this.reason = reason;
    return this;
  }

  /**
   * Sets how long to wait for the answer, instead of the client's default.
   *
   * @param timeout the timeout, positive
   * @return this request
   */
  public RawRequest timeout(Duration timeout) {
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive: " + timeout);
    }
    this.timeout = timeout;
    return this;
  }

  /**
   * Returns the route shape the rate limiter sees.
   *
   * @return method and template, such as {@code GET /channels/{channel_id}/messages/{id1}}
   */
  public String routeKey() {
    return method + " " + template;
  }

  /**
   * Sends the request and waits for the answer.
   *
   * @return the successful answer, read as a JSON tree
   * @throws HttpException if the reason is invalid, Discord answered with an error, or the request
   *     could not be sent
   */
  public Response<JsonNode> send() {
    return transport.send(toApiRequest(), BodyReader.json());
  }

  /**
   * Sends the request without blocking.
   *
   * @return the answer; it completes exceptionally with an {@link HttpException} on failure
   */
  public CompletableFuture<Response<JsonNode>> sendAsync() {
    ApiRequest request;
    try {
      request = toApiRequest();
    } catch (HttpException e) {
      return CompletableFuture.failedFuture(e);
    }
    return transport.sendAsync(request, BodyReader.json());
  }

  private ApiRequest toApiRequest() {
    if (reason != null) {
      try {
        AuditLogChecks.reason(reason);
      } catch (ValidationException e) {
        throw HttpException.validation(routeKey(), e);
      }
    }
    return new ApiRequest(
        method,
        template,
        majorParameter,
        values,
        query.encoded(),
        Optional.ofNullable(reason),
        headers,
        body,
        false,
        Optional.ofNullable(timeout));
  }

  private static void placeholder(
      StringBuilder shape, List<String> found, String name, String value) {
    shape.append('{').append(name).append('}');
    found.add(value);
  }

  private static boolean isId(String segment) {
    if (segment.isEmpty() || segment.length() > 20) {
      return false;
    }
    for (int i = 0; i < segment.length(); i++) {
      if (segment.charAt(i) < '0' || segment.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return "RawRequest[" + routeKey() + "]";
  }
}
