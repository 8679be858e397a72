package dev.gloam.testkit.internal.gateway;

import dev.gloam.testkit.internal.wire.WireLog;
import dev.gloam.testkit.internal.world.World;
import java.net.URI;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What every gateway connection shares.
 *
 * @param world the state
 * @param wireLog where frames are recorded
 * @param sessions the identified sessions
 * @param sessionStartLimit counts IDENTIFYs
 * @param settings timeouts and the heartbeat interval
 * @param botToken the token IDENTIFY must carry
 * @param gatewayUrl the public URL of the gateway, known once the server is bound
 */
public record GatewayContext(
    World world,
    WireLog wireLog,
    SessionRegistry sessions,
    SessionStartLimit sessionStartLimit,
    GatewaySettings settings,
    String botToken,
    Supplier<URI> gatewayUrl) {

  /**
   * Checks that nothing is null.
   *
   * @param world the state
   * @param wireLog where frames are recorded
   * @param sessions the identified sessions
   * @param sessionStartLimit counts IDENTIFYs
   * @param settings timeouts and the heartbeat interval
   * @param botToken the token IDENTIFY must carry
   * @param gatewayUrl the public URL of the gateway
   */
  public GatewayContext {
    Objects.requireNonNull(world, "world");
    Objects.requireNonNull(wireLog, "wireLog");
    Objects.requireNonNull(sessions, "sessions");
    Objects.requireNonNull(sessionStartLimit, "sessionStartLimit");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(botToken, "botToken");
    Objects.requireNonNull(gatewayUrl, "gatewayUrl");
  }

  /**
   * Never shows the token.
   *
   * @return a description without secrets
   */
  @Override
  public String toString() {
    return "GatewayContext[gatewayUrl=" + gatewayUrl.get() + ", token=<redacted>]";
  }
}
