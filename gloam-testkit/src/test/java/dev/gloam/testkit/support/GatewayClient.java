package dev.gloam.testkit.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A minimal gateway client on the JDK's WebSocket, for driving the testkit in tests. */
public final class GatewayClient implements AutoCloseable {

  /** How long any single wait in a test may take. */
  public static final Duration WAIT = Duration.ofSeconds(10);

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** The transport compressions a test can ask for. */
  public enum Compression {
    /** Plain JSON text frames. */
    NONE(""),
    /** {@code compress=zlib-stream}. */
    ZLIB_STREAM("&compress=zlib-stream"),
    /** {@code compress=zstd-stream}. */
    ZSTD_STREAM("&compress=zstd-stream");

    private final String query;

    Compression(String query) {
      this.query = query;
    }
  }

  /**
   * A payload received from the server.
   *
   * @param binary whether it came in binary frames
   * @param rawLength the number of bytes on the wire
   * @param endsWithSyncFlush whether the raw bytes ended with 00 00 ff ff
   * @param json the decoded payload, or null if it could not be decoded
   * @param error why the payload could not be decompressed or parsed, or null
   */
  public record Received(
      boolean binary, int rawLength, boolean endsWithSyncFlush, JsonNode json, String error) {}

  /**
   * How the server closed.
   *
   * @param code the close code
   * @param reason the close reason
   */
  public record Closed(int code, String reason) {}

  private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
  private final CompletableFuture<Closed> closed = new CompletableFuture<>();
  private final ZlibStreamInflater inflater = new ZlibStreamInflater();
  private final ZstdStreamDecompressor zstd = new ZstdStreamDecompressor();
  private final HttpClient http = HttpClient.newHttpClient();
  private final WebSocket webSocket;
  private final Compression compression;

  private GatewayClient(URI uri) {
    String query = uri.getQuery() == null ? "" : uri.getQuery();
    this.compression =
        query.contains("compress=zlib-stream")
            ? Compression.ZLIB_STREAM
            : query.contains("compress=zstd-stream") ? Compression.ZSTD_STREAM : Compression.NONE;
    try {
      this.webSocket =
          http.newWebSocketBuilder()
              .buildAsync(uri, new Listener())
              .get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException | ExecutionException | TimeoutException e) {
      throw new IllegalStateException("could not connect to " + uri, e);
    }
  }

  /**
   * Connects with {@code v=10&encoding=json}.
   *
   * @param gatewayUrl the testkit's gateway URL
   * @param zlibStream whether to ask for zlib-stream compression
   * @return the connected client
   */
  public static GatewayClient connect(URI gatewayUrl, boolean zlibStream) {
    return connect(gatewayUrl, zlibStream ? Compression.ZLIB_STREAM : Compression.NONE);
  }

  /**
   * Connects with {@code v=10&encoding=json} and a transport compression.
   *
   * @param gatewayUrl the testkit's gateway URL (or a resume_gateway_url)
   * @param compression the compression
   * @return the connected client
   */
  public static GatewayClient connect(URI gatewayUrl, Compression compression) {
    return connectWithQuery(gatewayUrl, "v=10&encoding=json" + compression.query);
  }

  /**
   * Connects with a custom query.
   *
   * @param gatewayUrl the testkit's gateway URL
   * @param query the query, without the question mark
   * @return the connected client
   */
  public static GatewayClient connectWithQuery(URI gatewayUrl, String query) {
    return new GatewayClient(URI.create(gatewayUrl + "/?" + query));
  }

  /**
   * Sends a text payload and waits until it is written.
   *
   * @param json the payload
   */
  public void send(String json) {
    join(webSocket.sendText(json, true));
  }

  /**
   * Sends a text payload split into two frames.
   *
   * @param first the first part
   * @param second the rest
   */
  public void sendFragmented(String first, String second) {
    join(webSocket.sendText(first, false));
    join(webSocket.sendText(second, true));
  }

  /**
   * Sends IDENTIFY.
   *
   * @param token the token
   * @param intents the intents
   */
  public void identify(String token, long intents) {
    send(
        """
        {"op":2,"d":{"token":"%s","intents":%d,"shard":[0,1],
         "properties":{"os":"linux","browser":"gloam-test","device":"gloam-test"}}}\
        """
            .formatted(token, intents));
  }

  /**
   * Sends IDENTIFY as a shard.
   *
   * @param token the token
   * @param intents the intents
   * @param shardId the shard id
   * @param shardCount the number of shards
   */
  public void identify(String token, long intents, int shardId, int shardCount) {
    send(
        """
        {"op":2,"d":{"token":"%s","intents":%d,"shard":[%d,%d],
         "properties":{"os":"linux","browser":"gloam-test","device":"gloam-test"}}}\
        """
            .formatted(token, intents, shardId, shardCount));
  }

  /**
   * Sends RESUME.
   *
   * @param token the token
   * @param sessionId the session id from READY
   * @param seq the last sequence number seen
   */
  public void resume(String token, String sessionId, long seq) {
    send(
        """
        {"op":6,"d":{"token":"%s","session_id":"%s","seq":%d}}\
        """
            .formatted(token, sessionId, seq));
  }

  /**
   * Waits until the connection ends, by a close frame or without one.
   *
   * @return the close code and reason, or code 1006 if the connection was cut
   */
  public Closed awaitEnd() {
    try {
      return closed
          .exceptionally(error -> new Closed(1006, String.valueOf(error)))
          .get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException | ExecutionException | TimeoutException e) {
      throw new AssertionError("the connection did not end within " + WAIT, e);
    }
  }

  /**
   * Waits for the next payload.
   *
   * @return the payload
   */
  public Received nextReceived() {
    try {
      Received next = received.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
      if (next == null) {
        fail("no payload within " + WAIT + (closed.isDone() ? ", closed: " + closed.join() : ""));
      }
      return next;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Waits for the next payload and returns its JSON.
   *
   * @return the payload
   */
  public JsonNode next() {
    Received next = nextReceived();
    assertThat(next.error()).as("decoding error").isNull();
    return next.json();
  }

  /**
   * Waits for the next payload, which must be a dispatch of the given type.
   *
   * @param type the event name
   * @return the payload
   */
  public JsonNode nextDispatch(String type) {
    JsonNode payload = next();
    assertThat(payload.path("op").asInt()).as("op of %s", payload).isZero();
    assertThat(payload.path("t").asString()).isEqualTo(type);
    return payload;
  }

  /**
   * Reads payloads until a dispatch of the given type, skipping everything else (other events,
   * heartbeat requests) on the way.
   *
   * @param type the event name
   * @param maxPayloads how many payloads to read at most
   * @return the dispatch's {@code d}
   * @throws AssertionError if none of the payloads read is that dispatch
   */
  public JsonNode awaitDispatch(String type, int maxPayloads) {
    List<String> skipped = new ArrayList<>();
    for (int i = 0; i < maxPayloads; i++) {
      JsonNode payload = next();
      if (payload.path("op").asInt() == 0 && type.equals(payload.path("t").asString())) {
        return payload.path("d");
      }
      skipped.add(payload.path("t").asString("op " + payload.path("op").asInt()));
    }
    throw new AssertionError("no " + type + " among " + skipped);
  }

  /**
   * Identifies and reads READY and GUILD_CREATE.
   *
   * @param token the token
   * @param intents the intents
   */
  public void identifyAndSkipToGuildCreate(String token, long intents) {
    assertThat(next().path("op").asInt()).isEqualTo(10);
    identify(token, intents);
    nextDispatch("READY");
    nextDispatch("GUILD_CREATE");
  }

  /**
   * Waits until the server closes the connection.
   *
   * @return the close code and reason
   */
  public Closed awaitClose() {
    try {
      return closed.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException | ExecutionException | TimeoutException e) {
      throw new AssertionError("the server did not close within " + WAIT, e);
    }
  }

  /**
   * Tells whether a payload is waiting, without blocking.
   *
   * @return true if one was received and not yet read
   */
  public boolean hasPending() {
    return !received.isEmpty();
  }

  /** Runs the closing handshake (bounded) and releases the connection. */
  @Override
  public void close() {
    try {
      if (!webSocket.isOutputClosed()) {
        webSocket
            .sendClose(WebSocket.NORMAL_CLOSURE, "test done")
            .get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
      }
      // Let the server's echo arrive, so the server sees a clean close rather than a reset.
      closed.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      // The connection is already broken; aborting below is all that is left.
    }
    webSocket.abort();
    inflater.close();
    zstd.close();
    http.close();
  }

  private static void join(CompletableFuture<?> future) {
    try {
      future.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException | ExecutionException | TimeoutException e) {
      throw new IllegalStateException("send failed", e);
    }
  }

  private static Received parse(boolean binary, int length, boolean suffix, String text) {
    try {
      return new Received(binary, length, suffix, JSON.readTree(text), null);
    } catch (RuntimeException e) {
      return new Received(binary, length, suffix, null, "not JSON: " + text);
    }
  }

  private String decompress(byte[] message) {
    if (compression == Compression.NONE) {
      // Uncompressed connections get binary frames only from the corrupt-frame fault.
      throw new IllegalStateException("binary frame on an uncompressed connection");
    }
    return compression == Compression.ZSTD_STREAM ? zstd.push(message) : inflater.push(message);
  }

  private final class Listener implements WebSocket.Listener {
    private final StringBuilder text = new StringBuilder();
    private final ByteArrayOutputStream binary = new ByteArrayOutputStream();

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      text.append(data);
      if (last) {
        String message = text.toString();
        text.setLength(0);
        received.add(parse(false, message.length(), false, message));
      }
      ws.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket ws, ByteBuffer data, boolean last) {
      byte[] chunk = new byte[data.remaining()];
      data.get(chunk);
      binary.writeBytes(chunk);
      if (last) {
        byte[] message = binary.toByteArray();
        binary.reset();
        boolean suffix = ZlibStreamInflater.endsWithSuffix(message);
        String decompressed;
        try {
          decompressed = decompress(message);
        } catch (IllegalStateException e) {
          received.add(new Received(true, message.length, suffix, null, e.getMessage()));
          ws.request(1);
          return null;
        }
        if (decompressed != null) {
          received.add(parse(true, message.length, suffix, decompressed));
        }
      }
      ws.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
      closed.complete(new Closed(statusCode, reason));
      return null;
    }

    @Override
    public void onError(WebSocket ws, Throwable error) {
      closed.completeExceptionally(error);
    }
  }
}
