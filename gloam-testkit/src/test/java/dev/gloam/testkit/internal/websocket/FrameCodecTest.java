package dev.gloam.testkit.internal.websocket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FrameCodecTest {

  /** Encodes a client frame: masked, as RFC 6455 requires. */
  static byte[] clientFrame(boolean fin, int opcode, byte[] payload, boolean masked) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write((fin ? 0x80 : 0) | opcode);
    int maskBit = masked ? 0x80 : 0;
    if (payload.length < 126) {
      out.write(maskBit | payload.length);
    } else if (payload.length <= 0xFFFF) {
      out.write(maskBit | 126);
      out.write(payload.length >>> 8);
      out.write(payload.length & 0xFF);
    } else {
      out.write(maskBit | 127);
      for (int i = 7; i >= 0; i--) {
        out.write((int) ((long) payload.length >>> (8 * i)) & 0xFF);
      }
    }
    byte[] mask = {0x12, 0x34, 0x56, 0x78};
    if (masked) {
      out.writeBytes(mask);
    }
    for (int i = 0; i < payload.length; i++) {
      out.write(masked ? payload[i] ^ mask[i & 3] : payload[i]);
    }
    return out.toByteArray();
  }

  static byte[] payload(int length) {
    byte[] bytes = new byte[length];
    for (int i = 0; i < length; i++) {
      bytes[i] = (byte) (i * 31);
    }
    return bytes;
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 125, 126, 65_535, 65_536, 200_000})
  void readsEveryLengthEncoding(int length) throws Exception {
    byte[] payload = payload(length);
    FrameReader reader =
        new FrameReader(
            new ByteArrayInputStream(clientFrame(true, Opcodes.BINARY, payload, true)), 1 << 20);
    Frame frame = reader.read();
    assertThat(frame.fin()).isTrue();
    assertThat(frame.opcode()).isEqualTo(Opcodes.BINARY);
    assertThat(frame.payload()).isEqualTo(payload);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 125, 126, 65_535, 65_536, 200_000})
  void writesTheShortestLengthEncoding(int length) {
    byte[] frame = FrameWriter.encode(Opcodes.TEXT, payload(length));
    assertThat(frame[0] & 0xFF).isEqualTo(0x81);
    int header = length < 126 ? 2 : length <= 0xFFFF ? 4 : 10;
    assertThat(frame[1] & 0x80).as("server frames are unmasked").isZero();
    assertThat(frame[1] & 0x7F).isEqualTo(length < 126 ? length : length <= 0xFFFF ? 126 : 127);
    assertThat(frame).hasSize(header + length);
    assertThat(Arrays.copyOfRange(frame, header, frame.length)).isEqualTo(payload(length));
  }

  @Test
  void refusesUnmaskedClientFrames() {
    FrameReader reader =
        new FrameReader(
            new ByteArrayInputStream(clientFrame(true, Opcodes.TEXT, payload(3), false)), 4096);
    assertThatThrownBy(reader::read)
        .isInstanceOfSatisfying(
            WebSocketProtocolException.class,
            e -> assertThat(e.closeCode()).isEqualTo(CloseCodes.PROTOCOL_ERROR));
  }

  @Test
  void refusesFragmentedControlFrames() {
    FrameReader reader =
        new FrameReader(
            new ByteArrayInputStream(clientFrame(false, Opcodes.PING, payload(3), true)), 4096);
    assertThatThrownBy(reader::read).isInstanceOf(WebSocketProtocolException.class);
  }

  @Test
  void refusesOversizedFrames() {
    FrameReader reader =
        new FrameReader(
            new ByteArrayInputStream(clientFrame(true, Opcodes.TEXT, payload(5000), true)), 4096);
    assertThatThrownBy(reader::read)
        .isInstanceOfSatisfying(
            WebSocketProtocolException.class,
            e -> assertThat(e.closeCode()).isEqualTo(CloseCodes.MESSAGE_TOO_BIG));
  }

  @Test
  void truncatedFrameIsEndOfStream() {
    byte[] frame = clientFrame(true, Opcodes.TEXT, payload(100), true);
    FrameReader reader = new FrameReader(new ByteArrayInputStream(Arrays.copyOf(frame, 50)), 4096);
    assertThatThrownBy(reader::read).isInstanceOf(EOFException.class);
  }

  @Test
  void acceptValueMatchesTheRfcExample() {
    assertThat(Handshake.acceptValue("dGhlIHNhbXBsZSBub25jZQ=="))
        .isEqualTo("s3pPLMBiTxaQ9kYGzzhZRbK+xOo=");
  }
}
