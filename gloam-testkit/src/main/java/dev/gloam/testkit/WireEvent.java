package dev.gloam.testkit;

import java.time.Instant;
import java.util.Objects;

/**
 * One thing that crossed the wire between a client and the offline Discord: a gateway frame or a
 * REST request or response. Tokens are always redacted before an event is created, so events can be
 * printed or stored freely.
 *
 * @param at when the testkit saw the frame or request
 * @param transport whether it travelled over the gateway or REST
 * @param direction whether the testkit received it or sent it
 * @param summary a one-line human description, for example {@code HEARTBEAT_ACK}
 * @param body the JSON text (decompressed for gateway frames), or an empty string if there was none
 */
public record WireEvent(
    Instant at, Transport transport, Direction direction, String summary, String body) {

  /** Which of the two servers carried the event. */
  public enum Transport {
    /** A WebSocket frame on the gateway. */
    GATEWAY,
    /** An HTTP request or response on the REST API. */
    REST
  }

  /** Which way the event travelled, seen from Discord. */
  public enum Direction {
    /** Sent by the client and received by the offline Discord. */
    TO_DISCORD,
    /** Sent by the offline Discord to the client. */
    FROM_DISCORD
  }

  /**
   * Checks that no component is null.
   *
   * @param at when the testkit saw the frame or request
   * @param transport whether it travelled over the gateway or REST
   * @param direction whether the testkit received it or sent it
   * @param summary a one-line human description
   * @param body the JSON text or an empty string
   */
  public WireEvent {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(transport, "transport");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(body, "body");
  }

  /**
   * Returns a one-line description with the arrow pointing the way the event went.
   *
   * @return for example {@code GATEWAY <- HEARTBEAT_ACK}
   */
  @Override
  public String toString() {
    String arrow = direction == Direction.TO_DISCORD ? "->" : "<-";
    return transport + " " + arrow + " " + summary;
  }
}
