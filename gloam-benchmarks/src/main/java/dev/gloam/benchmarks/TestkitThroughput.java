package dev.gloam.benchmarks;

import dev.gloam.testkit.LoadPlan;
import dev.gloam.testkit.LoadRun;
import dev.gloam.testkit.OfflineDiscord;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Measures how many events per second one gateway connection of the testkit delivers: a minimal
 * WebSocket client over a plain socket identifies with every intent the load mix needs, then the
 * testkit's load mode sends its event mix as fast as possible, and the client reads (and, with
 * zlib-stream, inflates) every message and checks that the sequence numbers are consecutive. Prints
 * events per second and bytes per event for plain JSON and for zlib-stream. Not a JMH benchmark: a
 * capacity figure, run by hand.
 *
 * <pre>{@code
 * java -cp gloam-benchmarks/target/benchmarks.jar dev.gloam.benchmarks.TestkitThroughput 1000000
 * }</pre>
 */
public final class TestkitThroughput {

  // GUILDS, GUILD_MEMBERS, GUILD_PRESENCES, GUILD_MESSAGES, reactions, typing, MESSAGE_CONTENT.
  private static final long INTENTS = 1 | 1 << 1 | 1 << 8 | 1 << 9 | 1 << 10 | 1 << 11 | 1 << 15;
  private static final byte[] DISPATCH_START = "{\"op\":0,\"s\":".getBytes(StandardCharsets.UTF_8);

  private TestkitThroughput() {}

  /**
   * Runs the measurement.
   *
   * @param args the number of events per measured run (default 1,000,000), then the number of
   *     measured runs per transport (default 3)
   * @throws Exception if the testkit cannot start or the connection fails
   */
  public static void main(String[] args) throws Exception {
    int events = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    for (boolean zlib : new boolean[] {false, true}) {
      try (OfflineDiscord discord =
          OfflineDiscord.builder().identifyConcurrency(1, Duration.ZERO).start()) {
        Client client = Client.connect(discord, zlib);
        measure(discord, client, Math.max(events / 4, 1000), "warm-up", zlib);
        for (int i = 1; i <= runs; i++) {
          measure(discord, client, events, "run " + i, zlib);
        }
        client.close();
      }
    }
  }

  private static void measure(
      OfflineDiscord discord, Client client, int events, String label, boolean zlib)
      throws IOException {
    long firstSequence = client.lastSequence + 1;
    long bytesBefore = client.wireBytes;
    long jsonBefore = client.jsonBytes;
    long start = System.nanoTime();
    LoadRun run = discord.load().start(LoadPlan.events(events));
    for (int i = 0; i < events; i++) {
      client.readDispatch();
    }
    long nanos = System.nanoTime() - start;
    run.await(Duration.ofSeconds(10));
    if (client.lastSequence != firstSequence + events - 1) {
      throw new IllegalStateException("sequence numbers were not consecutive");
    }
    double perSecond = events / (nanos / 1e9);
    System.out.printf(
        "%-11s %-8s %,10d events in %6.3f s: %,10.0f events/s, %5.0f bytes/event on the wire,"
            + " %5.0f bytes/event as JSON%n",
        zlib ? "zlib-stream" : "plain JSON",
        label,
        events,
        nanos / 1e9,
        perSecond,
        (client.wireBytes - bytesBefore) / (double) events,
        (client.jsonBytes - jsonBefore) / (double) events);
  }

  /** A minimal gateway client: RFC 6455 over a socket, reading frames into one reused buffer. */
  private static final class Client {
    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final Inflater inflater;
    private byte[] frame = new byte[64 * 1024];
    private byte[] json = new byte[256 * 1024];
    private int frameLength;
    private int jsonLength;
    long lastSequence;
    long wireBytes;
    long jsonBytes;

    private Client(Socket socket, boolean zlib) throws IOException {
      this.socket = socket;
      this.in = new BufferedInputStream(socket.getInputStream(), 256 * 1024);
      this.out = socket.getOutputStream();
      this.inflater = zlib ? new Inflater() : null;
    }

    static Client connect(OfflineDiscord discord, boolean zlib) throws IOException {
      Socket socket = new Socket("127.0.0.1", discord.gatewayUrl().getPort());
      socket.setReceiveBufferSize(1 << 20);
      Client client = new Client(socket, zlib);
      byte[] key = new byte[16];
      ThreadLocalRandom.current().nextBytes(key);
      String request =
          "GET /?v=10&encoding=json"
              + (zlib ? "&compress=zlib-stream" : "")
              + " HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
              + "Sec-WebSocket-Key: "
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
              + INTENTS
              + ",\"properties\":{\"os\":\"linux\",\"browser\":\"throughput\","
              + "\"device\":\"throughput\"}}}");
      client.readDispatch(); // READY
      client.readDispatch(); // GUILD_CREATE
      discord.awaitSessions(1, Duration.ofSeconds(10));
      return client;
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

    /** Reads one dispatch and takes its sequence number from the bytes after {"op":0,"s":. */
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
        throw new IllegalStateException("sequence " + sequence + " after " + lastSequence);
      }
      lastSequence = sequence;
    }

    private void readMessage() throws IOException {
      readFrame();
      if (inflater == null) {
        json = frame.length > json.length ? new byte[frame.length] : json;
        System.arraycopy(frame, 0, json, 0, frameLength);
        jsonLength = frameLength;
      } else {
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

    void close() throws IOException {
      socket.close();
      if (inflater != null) {
        inflater.end();
      }
    }
  }
}
