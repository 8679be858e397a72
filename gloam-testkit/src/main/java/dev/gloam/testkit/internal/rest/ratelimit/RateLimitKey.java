package dev.gloam.testkit.internal.rest.ratelimit;

/**
 * Which counter a request counts against: a route's bucket and the value of its major parameter.
 *
 * @param bucket the opaque bucket hash of the route
 * @param majorParameter the channel, guild or webhook id in the path, or an empty string
 */
public record RateLimitKey(String bucket, String majorParameter) {}
