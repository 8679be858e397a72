package dev.gloam.testkit.internal.gateway;

import dev.gloam.testkit.internal.websocket.CloseCodes;
import dev.gloam.testkit.internal.websocket.HandshakeRequest;
import java.util.Optional;
import java.util.Set;

/**
 * What the client asked for in the gateway URL's query: {@code v}, {@code encoding} and {@code
 * compress}.
 *
 * @param compress the transport compression asked for, or null for none
 */
public record ConnectionOptions(String compress) {

  /** The zlib transport compression. */
  public static final String ZLIB_STREAM = "zlib-stream";

  /** The zstd transport compression, served when zstd-jni is on the path. */
  public static final String ZSTD_STREAM = "zstd-stream";

  /**
   * The gateway versions Discord lists as available (Reference, API Versions); v9 still serves
   * clients such as Discord4J 3.3.
   */
  public static final Set<String> SUPPORTED_VERSIONS = Set.of("9", "10");

  /**
   * Why a connection's options cannot be served.
   *
   * @param code the close code to send
   * @param reason the close reason
   */
  public record Refusal(int code, String reason) {}

  /**
   * Checks the query of a gateway connection.
   *
   * @param request the upgrade request
   * @return a refusal if the options are not supported, or empty if they are
   */
  public static Optional<Refusal> check(HandshakeRequest request) {
    String version = request.queryParameter("v").orElse("");
    if (!SUPPORTED_VERSIONS.contains(version)) {
      GatewayCloseCode close = GatewayCloseCode.INVALID_API_VERSION;
      return Optional.of(new Refusal(close.code(), close.reason()));
    }
    String encoding = request.queryParameter("encoding").orElse("json");
    if (!encoding.equals("json")) {
      return Optional.of(
          new Refusal(
              CloseCodes.UNSUPPORTED_DATA,
              "encoding " + encoding + " is not supported by gloam-testkit, use json"));
    }
    Optional<String> compress = request.queryParameter("compress");
    if (compress.isPresent()
        && !compress.get().equals(ZLIB_STREAM)
        && !(compress.get().equals(ZSTD_STREAM) && ZstdStreamCompressor.isAvailable())) {
      return Optional.of(
          new Refusal(
              CloseCodes.UNSUPPORTED_DATA,
              "compress " + compress.get() + " is not supported by gloam-testkit"));
    }
    return Optional.empty();
  }

  /**
   * Reads the API version of a request that passed {@link #check}, which READY echoes in {@code v}.
   *
   * @param request the upgrade request
   * @return 9 or 10
   */
  public static int apiVersion(HandshakeRequest request) {
    return Integer.parseInt(request.queryParameter("v").orElseThrow());
  }

  /**
   * Reads the options of a request that passed {@link #check}.
   *
   * @param request the upgrade request
   * @return the options
   */
  public static ConnectionOptions of(HandshakeRequest request) {
    return new ConnectionOptions(request.queryParameter("compress").orElse(null));
  }

  /**
   * Creates the compressor for the connection's stream.
   *
   * @return a new compressor, or null for plain text frames
   */
  public TransportCompressor newCompressor() {
    if (ZLIB_STREAM.equals(compress)) {
      return new ZlibStreamCompressor();
    }
    if (ZSTD_STREAM.equals(compress)) {
      return new ZstdStreamCompressor();
    }
    return null;
  }
}
