package dev.gloam.testkit.internal.websocket;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The server end of an open WebSocket: joins fragments, answers pings, runs the closing handshake
 * and keeps frames from different threads from interleaving. One thread reads; any thread sends.
 */
public final class WebSocketConnection {

  /** Told about control frames, which the connection handles without the caller. */
  public interface ControlFrameObserver {

    /**
     * A control frame arrived.
     *
     * @param summary for example {@code PING} or {@code CLOSE 1000 bye}
     */
    void received(String summary);

    /**
     * A control frame was sent.
     *
     * @param summary for example {@code PONG} or {@code CLOSE 4004 Authentication failed}
     */
    void sent(String summary);
  }

  // Close reasons must fit in a control frame next to the two-byte code.
  private static final int MAX_REASON_BYTES = 123;

  private final Socket socket;
  private final FrameReader reader;
  private final OutputStream out;
  private final int maxMessageBytes;
  private final ControlFrameObserver observer;
  private final ReentrantLock sendLock = new ReentrantLock();
  private volatile boolean closeSent;
  private volatile boolean closeReceived;
  private volatile int peerCloseCode = -1;

  /**
   * Wraps an upgraded socket.
   *
   * @param socket the socket, after a successful {@link Handshake}
   * @param in the socket's input, possibly buffered (the handshake may have read ahead into it)
   * @param maxMessageBytes larger messages are refused with a 1009 protocol error
   * @param observer told about control frames
   * @throws IOException if the socket's output cannot be opened
   */
  public WebSocketConnection(
      Socket socket, InputStream in, int maxMessageBytes, ControlFrameObserver observer)
      throws IOException {
    this.socket = Objects.requireNonNull(socket, "socket");
    this.reader = new FrameReader(in, maxMessageBytes);
    this.out = socket.getOutputStream();
    this.maxMessageBytes = maxMessageBytes;
    this.observer = Objects.requireNonNull(observer, "observer");
  }

  /**
   * Reads the next data message, handling control frames on the way.
   *
   * @return the message, or null once the peer has closed (its close frame is answered first)
   * @throws WebSocketProtocolException if the peer broke the protocol
   * @throws IOException if the connection failed or ended without a close frame
   */
  public WebSocketMessage receive() throws IOException {
    ByteArrayOutputStream fragments = null;
    boolean fragmentsAreText = false;
    while (true) {
      Frame frame = reader.read();
      switch (frame.opcode()) {
        case Opcodes.PING -> {
          observer.received("PING");
          if (sendControl(Opcodes.PONG, frame.payload())) {
            observer.sent("PONG");
          }
        }
        case Opcodes.PONG -> observer.received("PONG");
        case Opcodes.CLOSE -> {
          answerClose(frame.payload());
          return null;
        }
        case Opcodes.TEXT, Opcodes.BINARY -> {
          if (fragments != null) {
            throw new WebSocketProtocolException(
                CloseCodes.PROTOCOL_ERROR, "new message started before the previous one ended");
          }
          boolean text = frame.opcode() == Opcodes.TEXT;
          if (frame.fin()) {
            return new WebSocketMessage(text, frame.payload());
          }
          fragments = new ByteArrayOutputStream();
          fragments.writeBytes(frame.payload());
          fragmentsAreText = text;
        }
        default -> {
          if (fragments == null) {
            throw new WebSocketProtocolException(
                CloseCodes.PROTOCOL_ERROR, "continuation frame without a message to continue");
          }
          if ((long) fragments.size() + frame.payload().length > maxMessageBytes) {
            throw new WebSocketProtocolException(
                CloseCodes.MESSAGE_TOO_BIG, "fragmented message is too large");
          }
          fragments.writeBytes(frame.payload());
          if (frame.fin()) {
            return new WebSocketMessage(fragmentsAreText, fragments.toByteArray());
          }
        }
      }
    }
  }

  /**
   * Sends a text message.
   *
   * @param text the message
   * @throws IOException if the connection is closing or writing fails
   */
  public void sendText(String text) throws IOException {
    sendData(Opcodes.TEXT, text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Sends a binary message.
   *
   * @param data the message
   * @throws IOException if the connection is closing or writing fails
   */
  public void sendBinary(byte[] data) throws IOException {
    sendData(Opcodes.BINARY, data);
  }

  /**
   * Sends data frames that the caller has already encoded, end to end, with one write: the gateway
   * batches payloads this way to keep up with load. The frames must be whole, unmasked data frames.
   *
   * @param frames the encoded frames
   * @param length how many bytes of {@code frames} to send
   * @throws IOException if the connection is closing or writing fails
   */
  public void sendEncodedFrames(byte[] frames, int length) throws IOException {
    sendLock.lock();
    try {
      if (closeSent) {
        throw new IOException("the connection is closing");
      }
      out.write(frames, 0, length);
      out.flush();
    } finally {
      sendLock.unlock();
    }
  }

  /**
   * Starts the closing handshake by sending a close frame, unless one was sent already.
   *
   * @param code the close code
   * @param reason a short reason, cut to fit a control frame
   * @return true if this call sent the close frame
   */
  public boolean sendClose(int code, String reason) {
    byte[] reasonBytes = truncate(reason);
    ByteBuffer payload = ByteBuffer.allocate(2 + reasonBytes.length);
    payload.putShort((short) code).put(reasonBytes);
    boolean sent = sendControl(Opcodes.CLOSE, payload.array());
    if (sent) {
      observer.sent("CLOSE " + code + (reason.isEmpty() ? "" : " " + reason));
    }
    return sent;
  }

  /**
   * After {@link #sendClose}, waits a bounded time for the peer's close frame, dropping any data
   * that still arrives, then closes the socket.
   *
   * @param timeout how long the peer has to answer
   */
  public void finishClosing(Duration timeout) {
    try {
      socket.setSoTimeout((int) Math.max(1, timeout.toMillis()));
      while (!closeReceived && receive() != null) {
        // Data sent after our close frame is not processed, as RFC 6455 allows.
      }
    } catch (SocketTimeoutException e) {
      // The peer did not answer in time; closing the socket is all that is left.
    } catch (IOException e) {
      // The peer broke the connection or the protocol while closing; nothing more to do.
    } finally {
      closeSocket();
    }
  }

  /** Closes the TCP connection at once, without a closing handshake. Idempotent. */
  public void closeSocket() {
    try {
      socket.close();
    } catch (IOException e) {
      // Nothing useful can be done if closing fails.
    }
  }

  /**
   * Tells whether a close frame was sent.
   *
   * @return true once the closing handshake has started from our side or been answered
   */
  public boolean isCloseSent() {
    return closeSent;
  }

  /**
   * Returns the code of the peer's close frame.
   *
   * @return the code, 1005 for a close frame without one, or -1 if the peer sent none
   */
  public int peerCloseCode() {
    return peerCloseCode;
  }

  private void answerClose(byte[] payload) throws IOException {
    closeReceived = true;
    int code;
    String reason;
    if (payload.length == 0) {
      code = CloseCodes.NO_STATUS;
      reason = "";
    } else if (payload.length == 1) {
      throw new WebSocketProtocolException(CloseCodes.PROTOCOL_ERROR, "close payload of 1 byte");
    } else {
      code = (payload[0] & 0xFF) << 8 | (payload[1] & 0xFF);
      reason = new String(payload, 2, payload.length - 2, StandardCharsets.UTF_8);
    }
    peerCloseCode = code;
    observer.received("CLOSE " + code + (reason.isEmpty() ? "" : " " + reason));
    if (!closeSent) {
      // Echo the peer's code, as RFC 6455 suggests; an empty close is echoed empty.
      byte[] echo =
          code == CloseCodes.NO_STATUS ? new byte[0] : new byte[] {payload[0], payload[1]};
      if (sendControl(Opcodes.CLOSE, echo)) {
        observer.sent(code == CloseCodes.NO_STATUS ? "CLOSE" : "CLOSE " + code);
      }
    }
    closeSocket();
  }

  private void sendData(int opcode, byte[] payload) throws IOException {
    sendLock.lock();
    try {
      if (closeSent) {
        throw new IOException("the connection is closing");
      }
      FrameWriter.write(out, opcode, payload);
    } finally {
      sendLock.unlock();
    }
  }

  private boolean sendControl(int opcode, byte[] payload) {
    sendLock.lock();
    try {
      if (closeSent) {
        return false;
      }
      if (opcode == Opcodes.CLOSE) {
        closeSent = true;
      }
      FrameWriter.write(out, opcode, payload);
      return true;
    } catch (IOException e) {
      // The peer is gone; the reading thread will see that and end the connection.
      return false;
    } finally {
      sendLock.unlock();
    }
  }

  private static byte[] truncate(String reason) {
    byte[] bytes = reason.getBytes(StandardCharsets.UTF_8);
    if (bytes.length <= MAX_REASON_BYTES) {
      return bytes;
    }
    // Cut on a character boundary so the reason stays valid UTF-8.
    int end = MAX_REASON_BYTES;
    while (end > 0 && (bytes[end] & 0xC0) == 0x80) {
      end--;
    }
    byte[] cut = new byte[end];
    System.arraycopy(bytes, 0, cut, 0, end);
    return cut;
  }
}
