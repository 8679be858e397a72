package dev.gloam.testkit.internal.rest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.gloam.testkit.WireEvent.Direction;
import dev.gloam.testkit.WireEvent.Transport;
import dev.gloam.testkit.internal.json.Json;
import dev.gloam.testkit.internal.openapi.OpenApiGate;
import dev.gloam.testkit.internal.openapi.OperationTable;
import dev.gloam.testkit.internal.openapi.RawBody;
import dev.gloam.testkit.internal.rest.fault.FaultPlan;
import dev.gloam.testkit.internal.rest.ratelimit.BucketState;
import dev.gloam.testkit.internal.rest.ratelimit.CloudflareBan;
import dev.gloam.testkit.internal.rest.ratelimit.Decision;
import dev.gloam.testkit.internal.rest.ratelimit.RateLimitHeaders;
import dev.gloam.testkit.internal.rest.ratelimit.RateLimitedRequest;
import dev.gloam.testkit.internal.rest.ratelimit.RateLimiter;
import dev.gloam.testkit.internal.rest.ratelimit.RouteKey;
import dev.gloam.testkit.internal.snowflake.SnowflakeGenerator;
import dev.gloam.testkit.internal.wire.Redactor;
import dev.gloam.testkit.internal.wire.WireLog;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The REST API on 127.0.0.1 under {@code /api/v10}, on the JDK's HTTP server with a named virtual
 * thread per request.
 */
public final class RestServer implements AutoCloseable {

  /** The path every route lives under. */
  public static final String BASE_PATH = "/api/v10";

  /** The path a test's controls live under, outside the API. */
  public static final String CONTROL_PATH = "/_testkit";

  private static final Logger LOG = LoggerFactory.getLogger(RestServer.class);
  private static final int MAX_BODY_BYTES = 8 * 1024 * 1024;

  private final HttpServer server;
  private final ExecutorService executor;
  private final URI url;
  private final Router router;
  private final RateLimiter rateLimiter;
  private final WireLog wireLog;
  private final byte[] expectedAuthorization;
  private final OpenApiGate openApi;
  private final FaultPlan faults;
  private volatile RouteHandler control;
  private volatile Function<String, Optional<RawBody>> files;
  private volatile boolean closed;

  /**
   * Binds the server to an ephemeral port on 127.0.0.1 and starts it.
   *
   * @param router the routes
   * @param rateLimiter enforces the rate limits and makes their headers
   * @param wireLog where requests and responses are recorded
   * @param botToken the token routes require
   * @throws IOException if binding fails
   */
  public RestServer(Router router, RateLimiter rateLimiter, WireLog wireLog, String botToken)
      throws IOException {
    this(
        router,
        rateLimiter,
        wireLog,
        botToken,
        new OpenApiGate(new SnowflakeGenerator(Clock.systemUTC(), 1, 2), Clock.systemUTC()),
        0,
        new FaultPlan());
  }

  /**
   * Binds the server to 127.0.0.1 and starts it, routing every operation of Discord's OpenAPI
   * description through a gate.
   *
   * @param router the stateful routes, which win over generated answers
   * @param rateLimiter counts requests for the rate limit headers
   * @param wireLog where requests and responses are recorded
   * @param botToken the token routes require
   * @param openApi finds, authorizes, validates and otherwise answers the description's operations
   * @param port the port on 127.0.0.1, or 0 for any free one
   * @param faults the faults tests inject
   * @throws IOException if binding fails
   */
  public RestServer(
      Router router,
      RateLimiter rateLimiter,
      WireLog wireLog,
      String botToken,
      OpenApiGate openApi,
      int port,
      FaultPlan faults)
      throws IOException {
    this.faults = Objects.requireNonNull(faults, "faults");
    this.openApi = Objects.requireNonNull(openApi, "openApi");
    this.router = Objects.requireNonNull(router, "router");
    this.rateLimiter = Objects.requireNonNull(rateLimiter, "rateLimiter");
    this.wireLog = Objects.requireNonNull(wireLog, "wireLog");
    this.expectedAuthorization = ("Bot " + botToken).getBytes(StandardCharsets.UTF_8);
    this.server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    this.executor =
        Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("gloam-testkit-rest-", 1).factory());
    server.setExecutor(executor);
    server.createContext("/", this::exchange);
    server.start();
    this.url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + BASE_PATH);
  }

  /**
   * Serves a test's controls under {@code /_testkit}, outside the API, from now on.
   *
   * @param handler answers every request under {@code /_testkit}
   */
  public void control(RouteHandler handler) {
    this.control = Objects.requireNonNull(handler, "handler");
  }

  /**
   * Serves uploaded files on GET requests for paths under {@code /attachments/}, outside the API,
   * the way Discord's CDN serves attachment URLs.
   *
   * @param finder finds the file of a raw path
   */
  public void files(Function<String, Optional<RawBody>> finder) {
    this.files = Objects.requireNonNull(finder, "finder");
  }

  /**
   * Returns the API base URL.
   *
   * @return for example {@code http://127.0.0.1:45678/api/v10}
   */
  public URI url() {
    return url;
  }

  private void exchange(HttpExchange exchange) {
    try (exchange) {
      String method = exchange.getRequestMethod();
      String rawPath = exchange.getRequestURI().getRawPath();
      String body =
          readBody(
              exchange.getRequestBody(), exchange.getRequestHeaders().getFirst("Content-Type"));
      RouteHandler controls = control;
      if (controls != null && rawPath.startsWith(CONTROL_PATH) && body != null) {
        // A test's controls are not Discord traffic: not recorded, not rate limited.
        respond(
            exchange,
            controls.handle(
                new RestRequest(
                    method,
                    rawPath,
                    Map.of(),
                    Objects.requireNonNullElse(
                        exchange.getRequestHeaders().getFirst("Content-Type"), ""),
                    body,
                    exchange.getRequestURI().getRawQuery())),
            null,
            false);
        return;
      }
      Function<String, Optional<RawBody>> fileFinder = files;
      if (fileFinder != null && method.equals("GET") && rawPath.startsWith("/attachments/")) {
        // The CDN is not the API: not recorded, not rate limited, no token needed.
        respond(
            exchange,
            fileFinder
                .apply(rawPath)
                .map(file -> file.toResponse(200, "200 attachment"))
                .orElseGet(DiscordErrors::notFound),
            null,
            false);
        return;
      }
      // Never the headers: they carry the token.
      wireLog.record(
          Transport.REST,
          Direction.TO_DISCORD,
          method + " " + Redactor.redactPath(rawPath),
          body == null ? "<body too large, not recorded>" : body);
      // Rate limits: a client past the invalid request limit is answered by "Cloudflare" first.
      InetAddress client = exchange.getRemoteAddress().getAddress();
      if (rateLimiter.banned(client)) {
        CloudflareBan.answer(exchange, wireLog);
        return;
      }
      RateLimitHeaders rateLimit = null;
      RestResponse response;
      // Every operation of the description is routed; stateful routes answer where they exist.
      OperationTable.Lookup operation =
          openApi.lookup(
              method,
              rawPath.startsWith(BASE_PATH + "/") ? rawPath.substring(BASE_PATH.length()) : null);
      Router.Match match =
          openApi.complete(
              rawPath.startsWith(BASE_PATH + "/")
                  ? router.route(method, rawPath.substring(BASE_PATH.length()))
                  : new Router.Match(null, Map.of(), false),
              operation);
      Route route = match.route();
      if (route == null) {
        response = match.pathExists() ? DiscordErrors.methodNotAllowed() : DiscordErrors.notFound();
      } else if (!openApi.permits(
          operation,
          route,
          exchange.getRequestHeaders().getFirst("Authorization"),
          isAuthorized(exchange))) {
        response = DiscordErrors.unauthorized();
      } else if (body == null) {
        response = DiscordErrors.entityTooLarge();
      } else if (injectFaults(method, route) instanceof Injected injected) {
        response = injected.response();
        rateLimit = injected.headers();
      } else {
        // Rate limits: a refused request gets the limiter's 429 instead of the route's answer.
        Decision decision =
            rateLimiter.acquire(
                new RateLimitedRequest(
                    client, isAuthorized(exchange), method, route.template(), match.parameters()));
        rateLimit = decision.headers();
        response =
            decision.refused()
                ? decision.refusal()
                : openApi
                    .validate(
                        operation,
                        exchange.getRequestURI().getRawQuery(),
                        Objects.requireNonNullElse(
                            exchange.getRequestHeaders().getFirst("Content-Type"), ""),
                        body)
                    .orElseGet(() -> handle(route, match, method, rawPath, exchange, body));
      }
      rateLimiter.completed(client, response.status(), rateLimit);
      respond(exchange, response, rateLimit);
    } catch (IOException e) {
      LOG.debug("REST exchange failed: {}", e.toString());
    } catch (RuntimeException e) {
      LOG.error("REST exchange failed", e);
    }
  }

  /** A response a test's fault put in place of the route's answer. */
  private record Injected(RestResponse response, RateLimitHeaders headers) {}

  // Applies the faults a test asked for: delays first hold the request; a failure or a 429 then
  // replaces the answer. Returns null when the request goes on to be answered normally.
  private Injected injectFaults(String method, Route route) {
    Injected injected = null;
    for (FaultPlan.Fault fault : faults.take(method, route.template())) {
      switch (fault) {
        case FaultPlan.Fault.Delay delay -> {
          wireLog.record(
              Transport.REST,
              Direction.FROM_DISCORD,
              "FAULT delayed " + delay.delay().toMillis() + " ms",
              "");
          try {
            Thread.sleep(delay.delay());
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }
        case FaultPlan.Fault.Fail fail ->
            injected =
                new Injected(
                    DiscordErrors.error(fail.status(), 0, fail.status() + ": Server Error"), null);
        case FaultPlan.Fault.RateLimited limited -> {
          Duration retryAfter = limited.retryAfter();
          BucketState empty =
              new BucketState(
                  1,
                  0,
                  Instant.now().plus(retryAfter),
                  retryAfter,
                  RouteKey.routeBucketHash(RouteKey.of(method, route.template())));
          Decision refusal = RateLimiter.userRefusal(empty, retryAfter);
          injected =
              new Injected(
                  new RestResponse(
                      429, refusal.refusal().body(), "429 rate limited (injected fault)"),
                  refusal.headers());
        }
      }
    }
    return injected;
  }

  private RestResponse handle(
      Route route,
      Router.Match match,
      String method,
      String rawPath,
      HttpExchange exchange,
      String body) {
    String contentType =
        Objects.requireNonNullElse(exchange.getRequestHeaders().getFirst("Content-Type"), "");
    RestRequest request =
        new RestRequest(
            method,
            rawPath.substring(BASE_PATH.length()),
            match.parameters(),
            contentType,
            body,
            exchange.getRequestURI().getRawQuery(),
            AuditLogReason.decode(exchange.getRequestHeaders().getFirst("X-Audit-Log-Reason")),
            Objects.requireNonNullElse(exchange.getRequestHeaders().getFirst("Authorization"), "")
                .startsWith("Bearer "));
    try {
      return route.handler().handle(request);
    } catch (ApiError e) {
      return e.response();
    } catch (RuntimeException e) {
      LOG.error("route {} failed", route, e);
      return DiscordErrors.error(500, 0, "500: Internal Server Error");
    }
  }

  private boolean isAuthorized(HttpExchange exchange) {
    String header = exchange.getRequestHeaders().getFirst("Authorization");
    return header != null
        && MessageDigest.isEqual(header.getBytes(StandardCharsets.UTF_8), expectedAuthorization);
  }

  private void respond(HttpExchange exchange, RestResponse response, RateLimitHeaders rateLimit)
      throws IOException {
    respond(exchange, response, rateLimit, true);
  }

  private void respond(
      HttpExchange exchange, RestResponse response, RateLimitHeaders rateLimit, boolean recorded)
      throws IOException {
    Optional<RawBody> raw = RawBody.of(response);
    // 204 No Content carries no body at all.
    String text =
        response.status() == 204 ? "" : raw.isPresent() ? "" : Json.write(response.body());
    byte[] bytes = raw.map(RawBody::bytes).orElseGet(() -> text.getBytes(StandardCharsets.UTF_8));
    exchange
        .getResponseHeaders()
        .set("Content-Type", raw.map(RawBody::contentType).orElse("application/json"));
    // Discord's API answers through Google's front end; a Cloudflare ban lacks this header.
    exchange.getResponseHeaders().set("Via", "1.1 google");
    if (rateLimit != null) {
      rateLimit.applyTo(exchange.getResponseHeaders());
    }
    if (recorded) {
      wireLog.record(Transport.REST, Direction.FROM_DISCORD, response.summary(), text);
    }
    exchange.sendResponseHeaders(response.status(), bytes.length == 0 ? -1 : bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  /**
   * Returns the body as text, or null if it is larger than the server reads. JSON is UTF-8; a
   * multipart body is read one char per byte (ISO-8859-1) so that uploaded files keep every byte,
   * and {@link dev.gloam.testkit.internal.openapi.MultipartForm} decodes its text fields.
   */
  private static String readBody(InputStream in, String contentType) throws IOException {
    byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
    if (bytes.length > MAX_BODY_BYTES) {
      return null;
    }
    boolean multipart =
        contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
    return new String(bytes, multipart ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
  }

  /**
   * Stops the server and waits a bounded time for request threads. Idempotent.
   *
   * @param timeout how long request threads get to finish
   */
  public void close(Duration timeout) {
    if (closed) {
      return;
    }
    closed = true;
    server.stop(0);
    executor.shutdownNow();
    try {
      if (!executor.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        LOG.warn("REST request threads did not stop within {}", timeout);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Closes with a five-second grace period. */
  @Override
  public void close() {
    close(Duration.ofSeconds(5));
  }
}
