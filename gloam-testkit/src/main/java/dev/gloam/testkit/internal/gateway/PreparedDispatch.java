package dev.gloam.testkit.internal.gateway;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A dispatch serialized before it has a sequence number: the event name and body as JSON bytes.
 * {@link #withSequence} writes the whole payload, {@code {"op":0,"s":N,"t":"NAME","d":{...}}}, so
 * that numbering an event costs one copy and no serialization. The load mode builds these from byte
 * templates.
 *
 * @param typeAndData the bytes {@code ,"t":"NAME","d":} followed by the body's JSON, ending the
 *     payload except for its closing brace
 */
public record PreparedDispatch(byte[] typeAndData) {

  private static final byte[] START = "{\"op\":0,\"s\":".getBytes(StandardCharsets.US_ASCII);

  /**
   * Checks the bytes.
   *
   * @param typeAndData see the record
   */
  public PreparedDispatch {
    Objects.requireNonNull(typeAndData, "typeAndData");
  }

  /**
   * Returns the bytes that open the rest of a dispatch of this type, {@code ,"t":"NAME","d":}.
   *
   * @param type the event name, plain ASCII
   * @return the bytes
   */
  public static byte[] typePrefix(String type) {
    return (",\"t\":\"" + type + "\",\"d\":").getBytes(StandardCharsets.US_ASCII);
  }

  /**
   * Writes the payload with its sequence number.
   *
   * @param sequence the session's number for this dispatch
   * @return the UTF-8 JSON of the whole payload
   */
  public byte[] withSequence(long sequence) {
    int digits = digits(sequence);
    byte[] payload = new byte[START.length + digits + typeAndData.length + 1];
    System.arraycopy(START, 0, payload, 0, START.length);
    long rest = sequence;
    for (int i = START.length + digits - 1; i >= START.length; i--) {
      payload[i] = (byte) ('0' + rest % 10);
      rest /= 10;
    }
    System.arraycopy(typeAndData, 0, payload, START.length + digits, typeAndData.length);
    payload[payload.length - 1] = '}';
    return payload;
  }

  private static int digits(long value) {
    int digits = 1;
    for (long rest = value / 10; rest > 0; rest /= 10) {
      digits++;
    }
    return digits;
  }
}
