package dev.gloam.testkit.internal.rest.ratelimit;

import com.sun.net.httpserver.HttpExchange;
import dev.gloam.testkit.WireEvent.Direction;
import dev.gloam.testkit.WireEvent.Transport;
import dev.gloam.testkit.internal.wire.WireLog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The answer to a client past the invalid request limit. On Discord it comes from Cloudflare in
 * front of the API, not from the API: a 429 with an HTML page (Cloudflare's error 1015) and none of
 * the API's headers, neither {@code X-RateLimit-*} nor {@code Via}. Clients tell it apart from an
 * ordinary 429 by exactly that.
 */
public final class CloudflareBan {

  /** The wire log line of a ban response. */
  public static final String SUMMARY = "429 Cloudflare ban (error 1015), no rate limit headers";

  /** The HTML page of a ban response. */
  public static final String HTML =
      """
      <!DOCTYPE html>
      <html lang="en-US">
      <head><meta charset="UTF-8"><title>Access denied | discord.com used Cloudflare to \
      restrict access</title></head>
      <body>
      <h1>Error 1015</h1>
      <h2>You are being rate limited</h2>
      <p>discord.com has banned your IP address for a while: too many invalid requests \
      (401, 403 or 429) in a short time. (gloam-testkit)</p>
      </body>
      </html>
      """;

  private static final byte[] BYTES = HTML.getBytes(StandardCharsets.UTF_8);

  private CloudflareBan() {}

  /**
   * Sends the ban response and records it in the wire log.
   *
   * @param exchange the exchange to answer
   * @param wireLog where responses are recorded
   * @throws IOException if the client went away
   */
  public static void answer(HttpExchange exchange, WireLog wireLog) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "text/html; charset=UTF-8");
    exchange.getResponseHeaders().set("Server", "cloudflare");
    wireLog.record(Transport.REST, Direction.FROM_DISCORD, SUMMARY, HTML);
    exchange.sendResponseHeaders(429, BYTES.length);
    exchange.getResponseBody().write(BYTES);
  }
}
