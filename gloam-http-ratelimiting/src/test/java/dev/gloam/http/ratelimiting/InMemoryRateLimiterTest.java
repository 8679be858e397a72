package dev.gloam.http.ratelimiting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The in-memory limiter on a hand-driven clock: nothing sleeps, and the tests look at which
 * requests may go, in which order, never at how long anything took.
 */
class InMemoryRateLimiterTest {
  private static final String SEND = "POST /channels/{channel_id}/messages";
  private static final String EDIT = "PATCH /channels/{channel_id}/messages/{message_id}";
  private static final String ME = "GET /users/@me";
  private static final long SECOND = 1_000_000_000L;

  private final AtomicLong time = new AtomicLong(1_000 * SECOND);
  private InMemoryRateLimiter limiter = limiter(InMemoryRateLimiter.builder());

  private InMemoryRateLimiter limiter(InMemoryRateLimiter.Builder builder) {
    return builder.ticker(time::get).build();
  }

  @AfterEach
  void close() {
    limiter.close();
  }

  private void advance(double seconds) {
    time.addAndGet(Math.round(seconds * SECOND));
    limiter.tick();
  }

  /** Headers of an answer from bucket {@code hash} whose window ends at {@code reset}. */
  private static Outcome answer(
      int status, String hash, int limit, int remaining, double resetAfter, double reset) {
    Map<String, String> headers = new HashMap<>();
    headers.put("x-ratelimit-bucket", hash);
    headers.put("x-ratelimit-limit", Integer.toString(limit));
    headers.put("x-ratelimit-remaining", Integer.toString(remaining));
    headers.put("x-ratelimit-reset-after", String.format(Locale.ROOT, "%.3f", resetAfter));
    headers.put("x-ratelimit-reset", String.format(Locale.ROOT, "%.3f", reset));
    return outcome(status, headers);
  }

  /** A success from bucket {@code hash}; its window ends {@code resetAfter} from now. */
  private Outcome ok(String hash, int limit, int remaining, double resetAfter) {
    double end = (double) time.get() / SECOND + resetAfter;
    return answer(200, hash, limit, remaining, resetAfter, 1_700_000_000 + end);
  }

  private static Outcome outcome(int status, Map<String, String> headers) {
    return Outcome.of(
        status, name -> Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT))));
  }

  private static boolean granted(CompletableFuture<Permit> future) {
    return future.isDone() && !future.isCompletedExceptionally();
  }

  private static Permit permit(CompletableFuture<Permit> future) {
    assertThat(granted(future)).as("granted").isTrue();
    return future.join();
  }

  private static RateLimitException refusal(CompletableFuture<Permit> future) {
    assertThat(future).isCompletedExceptionally();
    try {
      future.join();
    } catch (CompletionException e) {
      return (RateLimitException) e.getCause();
    }
    throw new AssertionError("not refused");
  }

  @Test
  void outcomesReadDiscordsHeadersWithFractionalSeconds() {
    Outcome outcome =
        outcome(
            429,
            Map.of(
                "x-ratelimit-bucket", "abcd1234",
                "x-ratelimit-limit", "5",
                "x-ratelimit-remaining", "0",
                "x-ratelimit-reset-after", "1.337",
                "x-ratelimit-reset", "1470173023.123",
                "x-ratelimit-scope", "shared",
                "retry-after", "2"));
    assertThat(outcome.bucket()).contains("abcd1234");
    assertThat(outcome.limit()).hasValue(5);
    assertThat(outcome.remaining()).hasValue(0);
    assertThat(outcome.resetAfter()).contains(Duration.ofMillis(1337));
    assertThat(outcome.reset()).contains(Instant.ofEpochSecond(1470173023, 123_000_000));
    assertThat(outcome.scope()).contains(Outcome.Scope.SHARED);
    assertThat(outcome.retryAfter()).contains(Duration.ofSeconds(2));
    assertThat(outcome.invalid()).as("a shared 429 is not invalid").isFalse();
    assertThat(outcome.cloudflare()).isFalse();
    assertThat(outcome.withRetryAfter(Outcome.toDuration(0.25)).retryAfter())
        .contains(Duration.ofMillis(250));

    Outcome cloudflare = outcome(429, Map.of("retry-after", "3"));
    assertThat(cloudflare.cloudflare()).isTrue();
    assertThat(cloudflare.invalid()).isTrue();
    assertThat(outcome(403, Map.of()).invalid()).isTrue();
    assertThat(outcome(401, Map.of()).invalid()).isTrue();
    assertThat(outcome(404, Map.of()).invalid()).isFalse();
    assertThat(outcome(200, Map.of("x-ratelimit-remaining", "x")).remaining()).isEmpty();
    assertThat(Outcome.toDuration(-1)).isEqualTo(Duration.ZERO);
  }

  @Test
  void anUnknownRouteSendsOneRequestUntilItsBucketIsKnown() {
    Endpoint endpoint = Endpoint.of(SEND, "1");
    CompletableFuture<Permit> first = limiter.acquire(endpoint);
    CompletableFuture<Permit> second = limiter.acquire(endpoint);
    CompletableFuture<Permit> third = limiter.acquire(endpoint);
    assertThat(granted(first)).isTrue();
    assertThat(granted(second)).isFalse();

    permit(first).complete(ok("messages", 5, 4, 5));

    assertThat(granted(second)).isTrue();
    assertThat(granted(third)).isTrue();
  }

  @Test
  void remainingCountsRequestsInFlightAndZeroWaitsForTheReset() {
    Endpoint endpoint = Endpoint.of(SEND, "1");
    permit(limiter.acquire(endpoint)).complete(ok("messages", 3, 2, 5));
    CompletableFuture<Permit> a = limiter.acquire(endpoint);
    CompletableFuture<Permit> b = limiter.acquire(endpoint);
    CompletableFuture<Permit> c = limiter.acquire(endpoint);
    assertThat(granted(a)).isTrue();
    assertThat(granted(b)).isTrue();
    assertThat(granted(c)).as("two left, two in flight").isFalse();

    // Answers arrive out of order: the lower remaining count of the window holds.
    permit(b).complete(ok("messages", 3, 0, 5));
    permit(a).complete(ok("messages", 3, 1, 5));
    assertThat(granted(c)).isFalse();

    advance(4.8);
    assertThat(granted(c)).as("before the reset").isFalse();
    advance(0.2);
    assertThat(granted(c)).as("after the reset").isTrue();
  }

  @Test
  void aLateAnswerFromAnEndedWindowIsIgnored() {
    Endpoint endpoint = Endpoint.of(SEND, "1");
    permit(limiter.acquire(endpoint)).complete(answer(200, "m", 2, 1, 1, 100));
    CompletableFuture<Permit> late = limiter.acquire(endpoint);
    advance(1);
    // The next window: two go (one of them is the late one still in flight, counted).
    CompletableFuture<Permit> next = limiter.acquire(endpoint);
    assertThat(granted(next)).isTrue();
    permit(next).complete(answer(200, "m", 2, 0, 1, 101));
    // The late answer says 1 remains, but in the window that ended: it changes nothing.
    permit(late).complete(answer(200, "m", 2, 1, 0.01, 100));
    assertThat(granted(limiter.acquire(endpoint))).isFalse();
  }

  @Test
  void routesWithTheSameBucketHashShareItsCounterAndQueuesMove() {
    Endpoint send = Endpoint.of(SEND, "1");
    Endpoint edit = Endpoint.of(EDIT, "1");
    permit(limiter.acquire(send)).complete(ok("shared", 3, 2, 10));

    CompletableFuture<Permit> edit1 = limiter.acquire(edit);
    CompletableFuture<Permit> edit2 = limiter.acquire(edit);
    assertThat(granted(edit1)).as("the edit route is unknown: one goes").isTrue();
    assertThat(granted(edit2)).isFalse();
    CompletableFuture<Permit> send1 = limiter.acquire(send);
    CompletableFuture<Permit> send2 = limiter.acquire(send);
    assertThat(granted(send1)).as("2 left, 1 unknown request in flight").isTrue();
    assertThat(granted(send2)).isFalse();

    // The edit's answer names the same bucket: it shares the count, and edit2 moves over.
    permit(edit1).complete(ok("shared", 3, 1, 10));
    assertThat(granted(edit2)).as("1 left, send1 in flight").isFalse();
    permit(send1).complete(ok("shared", 3, 0, 10));
    CompletableFuture<Permit> edit3 = limiter.acquire(edit);
    assertThat(granted(edit2)).isFalse();
    assertThat(granted(send2)).isFalse();

    List<String> order = new CopyOnWriteArrayList<>();
    edit2.thenRun(() -> order.add("edit2"));
    send2.thenRun(() -> order.add("send2"));
    edit3.thenRun(() -> order.add("edit3"));
    advance(10);
    assertThat(order)
        .as("arrival order across the merged queues")
        .containsExactly("edit2", "send2", "edit3");
  }

  @Test
  void twoChannelsDoNotBlockEachOther() {
    permit(limiter.acquire(Endpoint.of(SEND, "1"))).complete(ok("messages", 1, 0, 5));
    assertThat(granted(limiter.acquire(Endpoint.of(SEND, "1")))).isFalse();
    CompletableFuture<Permit> other = limiter.acquire(Endpoint.of(SEND, "2"));
    assertThat(granted(other)).isTrue();
  }

  @Test
  void requestsOfABucketGoInArrivalOrder() {
    Endpoint endpoint = Endpoint.of(SEND, "1");
    permit(limiter.acquire(endpoint)).complete(ok("messages", 10, 0, 1));
    List<Integer> order = new CopyOnWriteArrayList<>();
    for (int i = 0; i < 10; i++) {
      int n = i;
      limiter.acquire(endpoint).thenRun(() -> order.add(n));
    }
    assertThat(order).isEmpty();
    advance(1);
    assertThat(order).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
  }

  @Test
  void theGlobalLimitSparesInteractionsAndCountsWebhookTokensApart() {
    limiter.close();
    limiter = limiter(InMemoryRateLimiter.builder().globalLimit(2, Duration.ofSeconds(1)));
    List<CompletableFuture<Permit>> bot = new ArrayList<>();
    for (int channel = 0; channel < 3; channel++) {
      bot.add(limiter.acquire(Endpoint.of(ME, "c" + channel)));
    }
    assertThat(bot.stream().filter(InMemoryRateLimiterTest::granted)).hasSize(2);

    for (int i = 0; i < 5; i++) {
      Endpoint interaction =
          new Endpoint("POST /interactions/{id}/{token}/callback", "i" + i, false, false);
      assertThat(granted(limiter.acquire(interaction))).as("interactions are exempt").isTrue();
    }
    List<CompletableFuture<Permit>> webhook = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      webhook.add(
          limiter.acquire(
              new Endpoint("POST /webhooks/{webhook_id}/{webhook_token}", "w" + i, false, true)));
    }
    assertThat(webhook.stream().filter(InMemoryRateLimiterTest::granted))
        .as("a limit of their own")
        .hasSize(2);

    // A slot is free one window after its answer.
    permit(bot.get(0)).complete(outcome(200, Map.of()));
    assertThat(granted(bot.get(2))).isFalse();
    advance(1);
    assertThat(granted(bot.get(2))).isTrue();
    assertThat(granted(webhook.get(2))).isFalse();
  }

  @Test
  void aGlobal429HoldsGloballyLimitedRequestsOnly() {
    permit(limiter.acquire(Endpoint.of(ME, "")))
        .complete(
            outcome(
                429,
                Map.of(
                    "x-ratelimit-global",
                    "true",
                    "x-ratelimit-scope",
                    "global",
                    "retry-after",
                    "2")));
    CompletableFuture<Permit> held = limiter.acquire(Endpoint.of(SEND, "9"));
    assertThat(granted(held)).isFalse();
    assertThat(
            granted(
                limiter.acquire(
                    new Endpoint("POST /interactions/{id}/{token}/callback", "i", false, false))))
        .isTrue();
    advance(2);
    assertThat(granted(held)).isTrue();
  }

  @Test
  void userAndSharedScope429sBlockTheBucketForRetryAfter() {
    Endpoint endpoint = Endpoint.of(SEND, "1");
    permit(limiter.acquire(endpoint)).complete(ok("messages", 5, 4, 5));
    Map<String, String> shared = new HashMap<>();
    shared.put("x-ratelimit-bucket", "messages");
    shared.put("x-ratelimit-scope", "shared");
    Outcome sharedLimit = outcome(429, shared).withRetryAfter(Duration.ofMillis(1500));
    assertThat(sharedLimit.invalid()).isFalse();
    permit(limiter.acquire(endpoint)).complete(sharedLimit);
    CompletableFuture<Permit> blocked = limiter.acquire(endpoint);
    assertThat(granted(blocked)).isFalse();
    assertThat(granted(limiter.acquire(Endpoint.of(SEND, "2")))).as("other channel").isTrue();
    advance(1.5);
    assertThat(granted(blocked)).isTrue();
  }

  @Test
  void aCloudflare429HoldsEveryRequest() {
    limiter.close();
    limiter = limiter(InMemoryRateLimiter.builder().cloudflareBackoff(Duration.ofSeconds(3)));
    permit(limiter.acquire(Endpoint.of(ME, ""))).complete(outcome(429, Map.of()));
    CompletableFuture<Permit> bot = limiter.acquire(Endpoint.of(SEND, "1"));
    CompletableFuture<Permit> interaction =
        limiter.acquire(
            new Endpoint("POST /interactions/{id}/{token}/callback", "i", false, false));
    assertThat(granted(bot)).isFalse();
    assertThat(granted(interaction)).isFalse();
    advance(3);
    assertThat(granted(bot)).isTrue();
    assertThat(granted(interaction)).isTrue();
  }

  @Test
  void after401RequestsWithTheTokenAreRefusedAndTokenRequestsStillGo() {
    Endpoint me = Endpoint.of(ME, "");
    Permit first = permit(limiter.acquire(me));
    CompletableFuture<Permit> queued = limiter.acquire(me);
    first.complete(outcome(401, Map.of()));

    assertThat(refusal(queued).kind()).isEqualTo(RateLimitException.Kind.UNAUTHORIZED);
    RateLimitException refused = refusal(limiter.acquire(Endpoint.of(SEND, "1")));
    assertThat(refused.kind()).isEqualTo(RateLimitException.Kind.UNAUTHORIZED);
    assertThat(refused.getMessage()).contains(SEND, "401");
    assertThat(
            granted(
                limiter.acquire(
                    new Endpoint("POST /webhooks/{webhook_id}/{webhook_token}", "w", false, true))))
        .isTrue();
  }

  @Test
  void nearTheInvalidRequestLimitRequestsWithTheTokenWait() {
    limiter.close();
    limiter =
        limiter(InMemoryRateLimiter.builder().invalidRequestLimit(10, Duration.ofSeconds(60)));
    // 90 % of 10: the ninth invalid answer within the window holds further requests.
    for (int i = 0; i < 9; i++) {
      CompletableFuture<Permit> next = limiter.acquire(Endpoint.of(SEND, "c" + i));
      assertThat(granted(next)).as("request %d", i).isTrue();
      next.join().complete(outcome(403, Map.of()));
      advance(1);
    }
    CompletableFuture<Permit> held = limiter.acquire(Endpoint.of(SEND, "x"));
    assertThat(granted(held)).isFalse();
    assertThat(
            granted(
                limiter.acquire(
                    new Endpoint("POST /webhooks/{webhook_id}/{webhook_token}", "w", false, true))))
        .as("requests without the token")
        .isTrue();
    advance(51); // the first invalid answer is 60 s old now
    assertThat(granted(held)).isTrue();
  }

  @Test
  void aCancelledAcquireLeavesTheQueue() {
    Endpoint endpoint = Endpoint.of(SEND, "1");
    permit(limiter.acquire(endpoint)).complete(ok("messages", 1, 0, 1));
    CompletableFuture<Permit> cancelled = limiter.acquire(endpoint);
    CompletableFuture<Permit> next = limiter.acquire(endpoint);
    cancelled.cancel(false);
    advance(1);
    assertThat(granted(next)).isTrue();
    // The bucket allows one per window; the cancelled request took none of it.
    next.join().complete(ok("messages", 1, 0, 1));
    assertThat(granted(limiter.acquire(endpoint))).isFalse();
  }

  @Test
  void closingFailsTheWaitingRequests() {
    Endpoint endpoint = Endpoint.of(SEND, "1");
    permit(limiter.acquire(endpoint)).complete(ok("messages", 1, 0, 100));
    CompletableFuture<Permit> waiting = limiter.acquire(endpoint);
    limiter.close();
    assertThat(refusal(waiting).kind()).isEqualTo(RateLimitException.Kind.CLOSED);
    assertThat(refusal(limiter.acquire(endpoint)).kind()).isEqualTo(RateLimitException.Kind.CLOSED);
  }
}
