package dev.gloam.http;

import dev.gloam.http.ratelimiting.Endpoint;
import dev.gloam.http.ratelimiting.Outcome;
import dev.gloam.http.ratelimiting.Permit;
import dev.gloam.http.ratelimiting.RateLimitException;
import dev.gloam.http.ratelimiting.RateLimiter;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.response.DiscordError;
import dev.gloam.http.response.Response;
import dev.gloam.http.transport.ApiRequest;
import dev.gloam.http.transport.RequestBody;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.json.ModelJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.zip.GZIPInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The client's transport: asks the rate limiter, sends with the JDK's {@link HttpClient}, reports
 * the answer to the limiter, and retries 429s up to the configured bound. Blocking sends wait on
 * the same pipeline as asynchronous ones, so both behave alike.
 */
final class JdkTransport implements Transport {
  private static final Logger LOG = LoggerFactory.getLogger(JdkTransport.class);

  private final HttpClient http;
  private final URI baseUrl;
  private final String authorization;
  private final String userAgent;
  private final Duration timeout;
  private final RateLimiter limiter;
  private final int maxRetries;

  JdkTransport(
      HttpClient http,
      URI baseUrl,
      String authorization,
      String userAgent,
      Duration timeout,
      RateLimiter limiter,
      int maxRetries) {
    this.http = http;
    this.baseUrl = baseUrl;
    this.authorization = authorization;
    this.userAgent = userAgent;
    this.timeout = timeout;
    this.limiter = limiter;
    this.maxRetries = maxRetries;
  }

  @Override
  public <T> Response<T> send(ApiRequest request, BodyReader<T> reader) {
    CompletableFuture<Response<T>> future = sendAsync(request, reader);
    try {
      return future.get();
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw failure(HttpException.Kind.TRANSPORT, request, "was interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof HttpException failure) {
        // Rethrow a copy so that the stack trace shows the caller, with the pipeline's as cause.
        throw new HttpException(
            failure.kind(),
            failure.status(),
            failure.error().orElse(null),
            failure.route(),
            failure.getMessage(),
            failure);
      }
      throw failure(HttpException.Kind.TRANSPORT, request, "failed: " + e.getCause(), e.getCause());
    }
  }

  @Override
  public <T> CompletableFuture<Response<T>> sendAsync(ApiRequest request, BodyReader<T> reader) {
    if (authorization == null && !request.tokenInPath()) {
      return CompletableFuture.failedFuture(
          failure(
              HttpException.Kind.UNAUTHORIZED,
              request,
              "needs a token, and the client has none",
              null));
    }
    return attempt(request, reader, 0);
  }

  private <T> CompletableFuture<Response<T>> attempt(
      ApiRequest request, BodyReader<T> reader, int retries) {
    Endpoint endpoint = request.endpoint();
    return limiter
        .acquire(endpoint)
        .exceptionallyCompose(error -> CompletableFuture.failedFuture(refused(request, error)))
        .thenCompose(permit -> exchange(request, permit))
        .thenCompose(
            answer -> {
              int status = answer.response().statusCode();
              if (status >= 200 && status < 300) {
                return CompletableFuture.completedFuture(
                    new Response<>(
                        status,
                        answer.response().headers(),
                        answer.body(),
                        reader,
                        request.toString()));
              }
              if (status == 429 && retries < maxRetries) {
                LOG.debug("{} was rate limited, retry {} of {}", request, retries + 1, maxRetries);
                return attempt(request, reader, retries + 1);
              }
              return CompletableFuture.failedFuture(error(request, answer, retries));
            });
  }

  /** An answer with its body already decompressed. */
  private record Answer(HttpResponse<byte[]> response, byte[] body, Outcome outcome) {}

  private CompletableFuture<Answer> exchange(ApiRequest request, Permit permit) {
    HttpRequest httpRequest;
    try {
      httpRequest = toHttpRequest(request);
    } catch (RuntimeException e) {
      permit.cancel();
      throw e;
    }
    return http.sendAsync(httpRequest, HttpResponse.BodyHandlers.ofByteArray())
        .handle(
            (response, error) -> {
              if (error != null) {
                permit.cancel();
                Throwable cause = error instanceof CompletionException ? error.getCause() : error;
                if (cause instanceof HttpTimeoutException) {
                  throw failure(HttpException.Kind.TIMEOUT, request, "timed out", cause);
                }
                throw failure(HttpException.Kind.TRANSPORT, request, "failed: " + cause, cause);
              }
              byte[] body;
              try {
                body = decode(response);
              } catch (IOException e) {
                permit.cancel();
                throw failure(
                    HttpException.Kind.TRANSPORT, request, "sent a corrupt gzip body: " + e, e);
              }
              Outcome outcome =
                  Outcome.of(response.statusCode(), name -> response.headers().firstValue(name));
              if (outcome.rateLimited()) {
                Optional<Duration> wait = bodyRetryAfter(body);
                if (wait.isPresent()) {
                  outcome = outcome.withRetryAfter(wait.get());
                }
              }
              permit.complete(outcome);
              LOG.debug("{} -> {}", request, response.statusCode());
              return new Answer(response, body, outcome);
            });
  }

  private HttpRequest toHttpRequest(ApiRequest request) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(baseUrl + request.path()))
            .timeout(request.timeout().orElse(timeout))
            .header("User-Agent", userAgent)
            .header("Accept-Encoding", "gzip");
    if (!request.tokenInPath()) {
      builder.header("Authorization", authorization);
    }
    request.headers().forEach(builder::header);
    request
        .auditLogReason()
        .ifPresent(
            reason ->
                builder.header(
                    "X-Audit-Log-Reason",
                    URLEncoder.encode(reason, StandardCharsets.UTF_8).replace("+", "%20")));
    RequestBody body = request.body();
    if (body.contentType() == null) {
      builder.method(request.method(), HttpRequest.BodyPublishers.noBody());
    } else {
      builder.header("Content-Type", body.contentType());
      builder.method(request.method(), HttpRequest.BodyPublishers.ofByteArray(body.bytes()));
    }
    return builder.build();
  }

  private static byte[] decode(HttpResponse<byte[]> response) throws IOException {
    boolean gzip =
        response
            .headers()
            .firstValue("Content-Encoding")
            .filter("gzip"::equalsIgnoreCase)
            .isPresent();
    if (!gzip) {
      return response.body();
    }
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
      return in.readAllBytes();
    }
  }

  private static Optional<Duration> bodyRetryAfter(byte[] body) {
    try {
      JsonNode tree = ModelJson.mapper().readTree(body);
      JsonNode retryAfter = tree.get("retry_after");
      return retryAfter != null && retryAfter.isNumber()
          ? Optional.of(Outcome.toDuration(retryAfter.asDouble()))
          : Optional.empty();
    } catch (JacksonException e) {
      // Cloudflare answers 429 with HTML; the Retry-After header is all there is then.
      return Optional.empty();
    }
  }

  private static HttpException error(ApiRequest request, Answer answer, int retries) {
    int status = answer.response().statusCode();
    DiscordError error = parseError(answer.body());
    String detail = error == null ? "" : ": " + error.message() + " (code " + error.code() + ")";
    HttpException.Kind kind =
        switch (status) {
          case 401 -> HttpException.Kind.UNAUTHORIZED;
          case 429 -> HttpException.Kind.RATE_LIMITED;
          default -> HttpException.Kind.RESPONSE;
        };
    if (status == 429) {
      detail +=
          " after "
              + retries
              + (retries == 1 ? " retry" : " retries")
              + answer.outcome().retryAfter().map(wait -> ", retry after " + wait).orElse("");
    }
    return new HttpException(
        kind, status, error, request.routeKey(), request + " answered " + status + detail, null);
  }

  private static DiscordError parseError(byte[] body) {
    try {
      JsonNode tree = ModelJson.mapper().readTree(body);
      if (!tree.isObject() || !tree.has("message")) {
        return null;
      }
      return new DiscordError(
          tree.path("code").asInt(0),
          tree.get("message").asString(),
          Optional.ofNullable(tree.get("errors")));
    } catch (JacksonException e) {
      // Cloudflare and proxies answer with HTML; the status alone then describes the failure.
      return null;
    }
  }

  private static HttpException refused(ApiRequest request, Throwable error) {
    Throwable cause = error instanceof CompletionException ? error.getCause() : error;
    if (cause instanceof RateLimitException refusal) {
      HttpException.Kind kind =
          refusal.kind() == RateLimitException.Kind.UNAUTHORIZED
              ? HttpException.Kind.UNAUTHORIZED
              : HttpException.Kind.TRANSPORT;
      return failure(kind, request, "was refused: " + refusal.getMessage(), refusal);
    }
    if (cause instanceof CancellationException) {
      return failure(HttpException.Kind.TRANSPORT, request, "was cancelled", cause);
    }
    return failure(HttpException.Kind.TRANSPORT, request, "failed: " + cause, cause);
  }

  private static HttpException failure(
      HttpException.Kind kind, ApiRequest request, String what, Throwable cause) {
    return new HttpException(kind, 0, null, request.routeKey(), request + " " + what, cause);
  }
}
