package dev.gloam.testkit.internal.rest.ratelimit;

import java.time.Duration;
import java.time.Instant;

/**
 * The state of one bucket instance as a response reports it.
 *
 * @param limit requests per window
 * @param remaining requests left in the current window
 * @param resetAt when the window ends
 * @param resetAfter how long until the window ends
 * @param hash the opaque bucket hash
 */
public record BucketState(
    int limit, int remaining, Instant resetAt, Duration resetAfter, String hash) {}
