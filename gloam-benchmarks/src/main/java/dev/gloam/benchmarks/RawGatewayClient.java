package dev.gloam.benchmarks;

import dev.gloam.testkit.OfflineDiscord;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * A minimal gateway client for the throughput harnesses: RFC 6455 over a plain socket, zlib-stream
 * inflated with one {@link Inflater}, no JSON parse. It can keep a copy of every compressed frame
 * it reads, from the first (HELLO) on, so that the same bytes can later be inflated and tokenized
 * offline as a ceiling. Same approach as {@link TestkitThroughput}'s client.
 */
final class RawGatewayClient implements AutoCloseable {

  private static final byte[] DISPATCH_START = "{\"op\":0,\"s\":".getBytes(StandardCharsets.UTF_8);

  private final Socket socket;
  private final InputStream in;
  private final OutputStream out;
  private final Inflater inflater;
  private final List<byte[]> recorded;
  private byte[] frame = new byte[64 * 1024];
  private byte[] json = new byte[256 * 1024];
  private int frameLength;
  private int jsonLength;
  private long lastSequence;
  private long wireBytes;
  private long jsonBytes;

  private RawGatewayClient(Socket socket, boolean zlib, boolean record) throws IOException {
    this.socket = socket;
    this.inflater = zlib ? new Inflater() : null;
    this.in = new BufferedInputStream(socket.getInputStream(), 256 * 1024);
    this.out = socket.getOutputStream();
    this.recorded = record ? new ArrayList<>() : null;
  }

  /**
   * Connects with zlib-stream, identifies with the given intents and reads READY and GUILD_CREATE.
   *
   * @param discord the testkit
   * @param intents the intent bits
   * @param record whether to keep a copy of every compressed frame
   * @return the connected client
   * @throws IOException if the connection fails
   */
  static RawGatewayClient connect(OfflineDiscord discord, long intents, boolean record)
      throws IOException {
    return connect(discord, intents, true, record);
  }

  /**
   * Connects with zlib-stream or plain JSON, identifies with the given intents and reads READY and
   * GUILD_CREATE.
   *
   * @param discord the testkit
   * @param intents the intent bits
   * @param zlib whether to ask for zlib-stream
   * @param record whether to keep a copy of every frame
   * @return the connected client
   * @throws IOException if the connection fails
   */
  static RawGatewayClient connect(
      OfflineDiscord discord, long intents, boolean zlib, boolean record) throws IOException {
    return connect(discord, intents, zlib, record, 50);
  }

  /**
   * Connects with zlib-stream or plain JSON, identifies with the given intents and {@code
   * large_threshold} and reads READY and GUILD_CREATE.
   *
   * @param discord the testkit
   * @param intents the intent bits
   * @param zlib whether to ask for zlib-stream
   * @param record whether to keep a copy of every frame
   * @param largeThreshold 50 to 250: guilds with more members list only the online ones
   * @return the connected client
   * @throws IOException if the connection fails
   */
  static RawGatewayClient connect(
      OfflineDiscord discord, long intents, boolean zlib, boolean record, int largeThreshold)
      throws IOException {
    Socket socket = new Socket("127.0.0.1", discord.gatewayUrl().getPort());
    socket.setReceiveBufferSize(1 << 20);
    RawGatewayClient client = new RawGatewayClient(socket, zlib, record);
    byte[] key = new byte[16];
    ThreadLocalRandom.current().nextBytes(key);
    String request =
        "GET /?v=10&encoding=json"
            + (zlib ? "&compress=zlib-stream" : "")
            + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            + "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: "
            + Base64.getEncoder().encodeToString(key)
            + "\r\nSec-WebSocket-Version: 13\r\n\r\n";
    client.out.write(request.getBytes(StandardCharsets.US_ASCII));
    client.out.flush();
    client.skipHttpHeaders();
    client.readMessage(); // HELLO
    client.sendText(
        "{\"op\":2,\"d\":{\"token\":\""
            + discord.botToken()
            + "\",\"intents\":"
            + intents
            + ",\"large_threshold\":"
            + largeThreshold
            + ",\"properties\":{\"os\":\"linux\",\"browser\":\"raw\",\"device\":\"raw\"}}}");
    client.readDispatch(); // READY
    client.readDispatch(); // GUILD_CREATE
    discord.awaitSessions(1, Duration.ofSeconds(10));
    return client;
  }

  /**
   * Returns the compressed frames read so far, in order, from HELLO on.
   *
   * @return the frames; empty unless recording
   */
  List<byte[]> recorded() {
    return recorded == null ? List.of() : recorded;
  }

  /**
   * Returns the sequence number of the last dispatch read.
   *
   * @return the sequence number
   */
  long lastSequence() {
    return lastSequence;
  }

  /**
   * Returns the bytes read from the wire (frame headers and compressed payloads).
   *
   * @return the byte count
   */
  long wireBytes() {
    return wireBytes;
  }

  /**
   * Returns the bytes of JSON inflated.
   *
   * @return the byte count
   */
  long jsonBytes() {
    return jsonBytes;
  }

  /**
   * Reads one dispatch and checks that its sequence number follows the last one.
   *
   * @throws IOException if the connection fails or a sequence number is skipped
   */
  void readDispatch() throws IOException {
    readMessage();
    if (jsonLength < DISPATCH_START.length
        || !Arrays.equals(
            json, 0, DISPATCH_START.length, DISPATCH_START, 0, DISPATCH_START.length)) {
      // The testkit's ordinary dispatches put "s" after "d": find it the slow way.
      String text = new String(json, 0, jsonLength, StandardCharsets.UTF_8);
      int at = text.lastIndexOf("\"s\":");
      lastSequence = Long.parseLong(text.substring(at + 4).replaceAll("[^0-9].*", ""));
      return;
    }
    long sequence = 0;
    for (int i = DISPATCH_START.length; json[i] >= '0' && json[i] <= '9'; i++) {
      sequence = sequence * 10 + (json[i] - '0');
    }
    if (sequence != lastSequence + 1) {
      throw new IOException("sequence " + sequence + " after " + lastSequence);
    }
    lastSequence = sequence;
  }

  private void skipHttpHeaders() throws IOException {
    int matched = 0;
    byte[] end = {'\r', '\n', '\r', '\n'};
    while (matched < 4) {
      int b = in.read();
      if (b < 0) {
        throw new EOFException("no upgrade response");
      }
      matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
    }
  }

  private void readMessage() throws IOException {
    readFrame();
    if (recorded != null) {
      recorded.add(Arrays.copyOf(frame, frameLength));
    }
    if (inflater == null) {
      if (frameLength > json.length) {
        json = new byte[Math.max(frameLength, json.length * 2)];
      }
      System.arraycopy(frame, 0, json, 0, frameLength);
      jsonLength = frameLength;
      jsonBytes += jsonLength;
      return;
    }
    inflater.setInput(frame, 0, frameLength);
    jsonLength = 0;
    try {
      while (true) {
        int n = inflater.inflate(json, jsonLength, json.length - jsonLength);
        jsonLength += n;
        if (jsonLength == json.length) {
          json = Arrays.copyOf(json, json.length * 2);
        } else if (inflater.needsInput()) {
          break;
        }
      }
    } catch (DataFormatException e) {
      throw new IOException("bad zlib stream", e);
    }
    jsonBytes += jsonLength;
  }

  private void readFrame() throws IOException {
    int first = read();
    int second = read();
    if ((first & 0x80) == 0 || (second & 0x80) != 0) {
      throw new IOException("unexpected fragmented or masked frame");
    }
    long length = second & 0x7F;
    int header = 2;
    if (length == 126) {
      length = (read() << 8) | read();
      header += 2;
    } else if (length == 127) {
      length = 0;
      for (int i = 0; i < 8; i++) {
        length = (length << 8) | read();
      }
      header += 8;
    }
    if (length > frame.length) {
      frame = new byte[(int) length];
    }
    frameLength = (int) length;
    int done = 0;
    while (done < frameLength) {
      int n = in.read(frame, done, frameLength - done);
      if (n < 0) {
        throw new EOFException();
      }
      done += n;
    }
    wireBytes += header + length;
    if ((first & 0x0F) == 0x8) {
      throw new IOException("the server closed the connection");
    }
  }

  private int read() throws IOException {
    int b = in.read();
    if (b < 0) {
      throw new EOFException();
    }
    return b;
  }

  private void sendText(String text) throws IOException {
    byte[] payload = text.getBytes(StandardCharsets.UTF_8);
    byte[] mask = new byte[4];
    ThreadLocalRandom.current().nextBytes(mask);
    int header = payload.length < 126 ? 2 : 4;
    byte[] frameOut = new byte[header + 4 + payload.length];
    frameOut[0] = (byte) 0x81;
    if (payload.length < 126) {
      frameOut[1] = (byte) (0x80 | payload.length);
    } else {
      frameOut[1] = (byte) (0x80 | 126);
      frameOut[2] = (byte) (payload.length >>> 8);
      frameOut[3] = (byte) payload.length;
    }
    System.arraycopy(mask, 0, frameOut, header, 4);
    for (int i = 0; i < payload.length; i++) {
      frameOut[header + 4 + i] = (byte) (payload[i] ^ mask[i & 3]);
    }
    out.write(frameOut);
    out.flush();
  }

  @Override
  public void close() throws IOException {
    socket.close();
    if (inflater != null) {
      inflater.end();
    }
  }
}
