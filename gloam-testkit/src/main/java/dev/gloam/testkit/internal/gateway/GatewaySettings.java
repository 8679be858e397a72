package dev.gloam.testkit.internal.gateway;

import java.time.Duration;
import java.util.Objects;

/**
 * How the gateway behaves.
 *
 * @param heartbeatInterval the interval announced in HELLO
 * @param closeTimeout how long a client has to answer our close frame before the socket is cut
 * @param handshakeTimeout how long a client has to send its HTTP upgrade request
 */
public record GatewaySettings(
    Duration heartbeatInterval, Duration closeTimeout, Duration handshakeTimeout) {

  /**
   * Checks the durations.
   *
   * @param heartbeatInterval the interval announced in HELLO
   * @param closeTimeout the closing handshake timeout
   * @param handshakeTimeout the upgrade request timeout
   */
  public GatewaySettings {
    Objects.requireNonNull(heartbeatInterval, "heartbeatInterval");
    Objects.requireNonNull(closeTimeout, "closeTimeout");
    Objects.requireNonNull(handshakeTimeout, "handshakeTimeout");
  }
}
