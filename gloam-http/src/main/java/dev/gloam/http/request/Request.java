package dev.gloam.http.request;

import dev.gloam.http.HttpException;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.response.Response;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.ApiRequest;
import dev.gloam.http.transport.RequestBody;
import dev.gloam.http.transport.Transport;
import dev.gloam.validate.ValidationException;
import dev.gloam.validate.audit.AuditLogChecks;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A typed REST request: filled in with its own methods, then sent. Every request can be sent
 * blocking with {@link #send()} (cheap on a virtual thread) or without blocking with {@link
 * #sendAsync()}. Fields are checked against Discord's limits when the request is sent; a field that
 * breaks one fails the send with an {@link HttpException} of kind {@link
 * HttpException.Kind#VALIDATION}, and nothing goes over the wire.
 *
 * <p>Subclasses set body fields through {@link #json()}, query parameters through {@link #query()},
 * register checks with {@link #check(Runnable)} and may override {@link #validate()} for rules that
 * involve several fields and {@link #body()} for multipart bodies.
 *
 * @param <T> the model type of a successful answer's body
 */
public abstract class Request<T> {
  private final Transport transport;
  private final Route route;
  private final BodyReader<T> reader;
  private final List<String> pathValues;
  private final List<Runnable> checks = new ArrayList<>(2);
  private JsonBody json;
  private Query query;
  private String auditLogReason;
  private Map<String, String> headers = Map.of();
  private Duration timeout;

  /**
   * Creates a request; {@link dev.gloam.http.Client} does this.
   *
   * @param transport the client's transport
   * @param route the route from the table
   * @param reader reads a successful answer's body
   * @param pathValues the values of the route's placeholders, in order
   */
  protected Request(Transport transport, Route route, BodyReader<T> reader, Object... pathValues) {
    this.transport = Objects.requireNonNull(transport, "transport");
    this.route = Objects.requireNonNull(route, "route");
    this.reader = Objects.requireNonNull(reader, "reader");
    List<String> values = new ArrayList<>(pathValues.length);
    for (Object value : pathValues) {
      values.add(Objects.requireNonNull(value, "path parameter").toString());
    }
    if (values.size() != route.placeholders().size()) {
      throw new IllegalArgumentException(
          route + " takes " + route.placeholders() + ", got " + values.size() + " values");
    }
    this.pathValues = List.copyOf(values);
  }

  /**
   * Returns the route this request goes to.
   *
   * @return the route
   */
  public final Route route() {
    return route;
  }

  /**
   * Sets how long to wait for Discord's answer to this request, instead of the client's default.
   * Time spent waiting for the rate limiter does not count.
   *
   * @param timeout the timeout, positive
   * @return this request
   */
  public Request<T> timeout(Duration timeout) {
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive: " + timeout);
    }
    this.timeout = timeout;
    return this;
  }

  /**
   * Returns the JSON body, creating it on first use.
   *
   * @return the body
   */
  protected final JsonBody json() {
    if (json == null) {
      json = new JsonBody();
    }
    return json;
  }

  /**
   * Returns the query parameters, creating them on first use.
   *
   * @return the query
   */
  protected final Query query() {
    if (query == null) {
      query = new Query();
    }
    return query;
  }

  /**
   * Adds a check that runs when the request is sent.
   *
   * @param check a check that throws a {@link ValidationException} if a field breaks a limit
   */
  protected final void check(Runnable check) {
    checks.add(check);
  }

  /**
   * Sets the reason shown in the guild's audit log ({@code X-Audit-Log-Reason}, up to 512
   * characters); subclasses of requests that Discord records in the audit log expose this as {@code
   * reason(String)}.
   *
   * @param reason the reason, or {@code null} for none
   */
  protected final void auditLogReason(String reason) {
    this.auditLogReason = reason;
  }

  /**
   * Sets a further header that the operation needs, such as {@code X-GitHub-Event}.
   *
   * @param name the header's name; not one the transport sets (see {@link
   *     ApiRequest#RESERVED_HEADERS})
   * @param value the value, or {@code null} to remove the header
   */
  protected final void header(String name, String value) {
    Map<String, String> next = new LinkedHashMap<>(headers);
    if (value == null) {
      next.remove(name);
    } else {
      next.put(name, value);
    }
    headers = next;
  }

  /**
   * Checks rules that involve several fields, after the checks added with {@link #check(Runnable)}.
   * The default checks nothing.
   *
   * @throws ValidationException if a rule is broken
   */
  protected void validate() {}

  /**
   * Builds the body. The default sends the JSON body if a field was set, and no body otherwise;
   * requests with files override this.
   *
   * @return the body
   */
  protected RequestBody body() {
    return json == null ? RequestBody.none() : new RequestBody.Json(json.bytes());
  }

  /**
   * Returns whether the request answers an interaction, which Discord exempts from the global rate
   * limit. The default is {@code false}; interaction requests override it.
   *
   * @return {@code true} for interaction requests
   */
  protected boolean interaction() {
    return false;
  }

  /**
   * Checks every field and builds the call.
   *
   * @return the call to send
   * @throws HttpException of kind {@link HttpException.Kind#VALIDATION} if a field breaks a limit
   */
  public final ApiRequest toApiRequest() {
    try {
      for (Runnable check : checks) {
        check.run();
      }
      if (auditLogReason != null) {
        AuditLogChecks.reason(auditLogReason);
      }
      validate();
    } catch (ValidationException e) {
      throw HttpException.validation(route.key(), e);
    }
    ApiRequest base = ApiRequest.of(route, pathValues);
    return new ApiRequest(
        base.method(),
        base.template(),
        base.majorParameter(),
        base.pathValues(),
        query == null ? "" : query.encoded(),
        Optional.ofNullable(auditLogReason),
        headers,
        body(),
        interaction(),
        Optional.ofNullable(timeout));
  }

  /**
   * Sends the request and waits for the answer.
   *
   * @return the successful answer
   * @throws HttpException if a field is invalid, Discord answered with an error, or the request
   *     could not be sent
   */
  public final Response<T> send() {
    return transport.send(toApiRequest(), reader);
  }

  /**
   * Sends the request without blocking.
   *
   * @return the answer; it completes exceptionally with an {@link HttpException} on failure
   */
  public final CompletableFuture<Response<T>> sendAsync() {
    ApiRequest request;
    try {
      request = toApiRequest();
    } catch (HttpException e) {
      return CompletableFuture.failedFuture(e);
    }
    return transport.sendAsync(request, reader);
  }

  /** Describes the request by its route, without any value (which may be private). */
  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + route.key() + "]";
  }
}
