package dev.gloam.testkit.internal.websocket;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The server side of the HTTP/1.1 upgrade that opens a WebSocket (RFC 6455, section 4.2). */
public final class Handshake {

  /** The GUID that RFC 6455 appends to the client's key before hashing it. */
  private static final String ACCEPT_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

  private static final int MAX_REQUEST_BYTES = 16 * 1024;

  private Handshake() {}

  /**
   * Reads the upgrade request and answers it: 101 if it is a valid WebSocket upgrade, otherwise an
   * HTTP error after which the caller must close the socket.
   *
   * @param in the stream from the client
   * @param out the stream to the client
   * @return the request if the upgrade succeeded
   * @throws HandshakeException if the request was refused (the error response is already sent)
   * @throws IOException if reading or writing fails
   */
  public static HandshakeRequest accept(InputStream in, OutputStream out) throws IOException {
    String head = readHead(in);
    String[] lines = head.split("\r\n");
    String[] requestLine = lines[0].split(" ");
    if (requestLine.length != 3 || !requestLine[2].startsWith("HTTP/1.")) {
      throw refuse(out, 400, "Bad Request", "malformed request line");
    }
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon <= 0) {
        throw refuse(out, 400, "Bad Request", "malformed header line");
      }
      String name = lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT);
      String value = lines[i].substring(colon + 1).trim();
      headers.merge(name, value, (a, b) -> a + ", " + b);
    }
    if (!requestLine[0].equals("GET")) {
      throw refuse(out, 405, "Method Not Allowed", "a WebSocket upgrade must be a GET");
    }
    if (!containsToken(headers.get("upgrade"), "websocket")
        || !containsToken(headers.get("connection"), "upgrade")) {
      throw refuse(out, 426, "Upgrade Required", "this endpoint only speaks WebSocket");
    }
    if (!"13".equals(headers.get("sec-websocket-version"))) {
      throw refuse(out, 426, "Upgrade Required", "only WebSocket version 13 is supported");
    }
    String key = headers.get("sec-websocket-key");
    if (!isValidKey(key)) {
      throw refuse(out, 400, "Bad Request", "missing or malformed Sec-WebSocket-Key");
    }
    String response =
        "HTTP/1.1 101 Switching Protocols\r\n"
            + "Upgrade: websocket\r\n"
            + "Connection: Upgrade\r\n"
            + "Sec-WebSocket-Accept: "
            + acceptValue(key)
            + "\r\n\r\n";
    out.write(response.getBytes(StandardCharsets.US_ASCII));
    out.flush();
    String target = requestLine[1];
    int question = target.indexOf('?');
    String path = question < 0 ? target : target.substring(0, question);
    Map<String, String> query =
        question < 0 ? Map.of() : parseQuery(target.substring(question + 1));
    return new HandshakeRequest(path, query, headers);
  }

  /**
   * Computes the {@code Sec-WebSocket-Accept} value for a client key.
   *
   * @param key the client's {@code Sec-WebSocket-Key}
   * @return the base64 SHA-1 of the key and the RFC's GUID
   */
  public static String acceptValue(String key) {
    try {
      MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
      byte[] digest = sha1.digest((key + ACCEPT_GUID).getBytes(StandardCharsets.US_ASCII));
      return Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-1", e);
    }
  }

  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    byte[] terminator = {'\r', '\n', '\r', '\n'};
    while (matched < terminator.length) {
      int b = in.read();
      if (b < 0) {
        throw new EOFException("connection closed during the WebSocket handshake");
      }
      head.write(b);
      if (head.size() > MAX_REQUEST_BYTES) {
        throw new HandshakeException("handshake request too large");
      }
      matched = b == terminator[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
    }
    String text = head.toString(StandardCharsets.ISO_8859_1);
    return text.substring(0, text.length() - terminator.length);
  }

  private static boolean containsToken(String headerValue, String token) {
    if (headerValue == null) {
      return false;
    }
    for (String part : headerValue.split(",")) {
      if (part.trim().equalsIgnoreCase(token)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isValidKey(String key) {
    if (key == null) {
      return false;
    }
    try {
      return Base64.getDecoder().decode(key).length == 16;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static Map<String, String> parseQuery(String query) {
    Map<String, String> parameters = new LinkedHashMap<>();
    for (String pair : query.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = equals < 0 ? pair : pair.substring(0, equals);
      String value = equals < 0 ? "" : pair.substring(equals + 1);
      try {
        parameters.put(
            URLDecoder.decode(name, StandardCharsets.UTF_8),
            URLDecoder.decode(value, StandardCharsets.UTF_8));
      } catch (IllegalArgumentException e) {
        // A badly escaped parameter is ignored, like any unknown one.
      }
    }
    return parameters;
  }

  private static HandshakeException refuse(
      OutputStream out, int status, String statusText, String reason) throws IOException {
    byte[] body = (reason + "\n").getBytes(StandardCharsets.UTF_8);
    String head =
        "HTTP/1.1 "
            + status
            + " "
            + statusText
            + "\r\n"
            + (status == 426 ? "Upgrade: websocket\r\nSec-WebSocket-Version: 13\r\n" : "")
            + "Content-Type: text/plain; charset=utf-8\r\n"
            + "Content-Length: "
            + body.length
            + "\r\nConnection: close\r\n\r\n";
    out.write(head.getBytes(StandardCharsets.US_ASCII));
    out.write(body);
    out.flush();
    return new HandshakeException(reason);
  }
}
