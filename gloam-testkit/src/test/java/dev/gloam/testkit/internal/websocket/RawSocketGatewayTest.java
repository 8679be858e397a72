package dev.gloam.testkit.internal.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.testkit.OfflineDiscord;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Drives the gateway with hand-made frames, for the cases a well-behaved client never sends. */
class RawSocketGatewayTest {

  OfflineDiscord discord;
  Socket socket;
  DataInputStream in;
  OutputStream out;

  record ServerFrame(int opcode, byte[] payload) {
    String text() {
      return new String(payload, StandardCharsets.UTF_8);
    }

    int closeCode() {
      return (payload[0] & 0xFF) << 8 | (payload[1] & 0xFF);
    }
  }

  @BeforeEach
  void connect() throws IOException {
    discord = OfflineDiscord.start();
    socket = new Socket(discord.gatewayUrl().getHost(), discord.gatewayUrl().getPort());
    socket.setSoTimeout(10_000);
    in = new DataInputStream(socket.getInputStream());
    out = socket.getOutputStream();
    String key =
        Base64.getEncoder().encodeToString("0123456789abcdef".getBytes(StandardCharsets.US_ASCII));
    out.write(
        ("GET /?v=10&encoding=json HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
                + "Connection: Upgrade\r\nSec-WebSocket-Key: "
                + key
                + "\r\nSec-WebSocket-Version: 13\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII));
    out.flush();
    String head = readHead();
    assertThat(head).startsWith("HTTP/1.1 101");
    assertThat(head).contains("Sec-WebSocket-Accept: " + Handshake.acceptValue(key));
  }

  @AfterEach
  void close() throws IOException {
    socket.close();
    discord.close();
  }

  String readHead() throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) {
        break;
      }
      head.write(b);
    }
    return head.toString(StandardCharsets.ISO_8859_1);
  }

  ServerFrame readFrame() throws IOException {
    int b0 = in.readUnsignedByte();
    int b1 = in.readUnsignedByte();
    assertThat(b1 & 0x80).as("server frames are not masked").isZero();
    long length = b1 & 0x7F;
    if (length == 126) {
      length = in.readUnsignedShort();
    } else if (length == 127) {
      length = in.readLong();
    }
    byte[] payload = new byte[(int) length];
    in.readFully(payload);
    return new ServerFrame(b0 & 0x0F, payload);
  }

  void send(byte[] frame) throws IOException {
    out.write(frame);
    out.flush();
  }

  @Test
  void pingIsAnsweredWithPong() throws IOException {
    assertThat(readFrame().text()).contains("\"op\":10");
    byte[] data = "are you there".getBytes(StandardCharsets.UTF_8);
    send(FrameCodecTest.clientFrame(true, Opcodes.PING, data, true));
    ServerFrame pong = readFrame();
    assertThat(pong.opcode()).isEqualTo(Opcodes.PONG);
    assertThat(pong.payload()).isEqualTo(data);
  }

  @Test
  void unmaskedFrameIsAProtocolError() throws IOException {
    readFrame();
    send(
        FrameCodecTest.clientFrame(
            true, Opcodes.TEXT, "{\"op\":1,\"d\":null}".getBytes(StandardCharsets.UTF_8), false));
    ServerFrame close = readFrame();
    assertThat(close.opcode()).isEqualTo(Opcodes.CLOSE);
    assertThat(close.closeCode()).isEqualTo(CloseCodes.PROTOCOL_ERROR);
  }

  @Test
  void payloadWithSixteenBitLengthIsRead() throws IOException {
    readFrame();
    String heartbeat = "{\"op\":1,\"d\":null,\"padding\":\"" + "x".repeat(300) + "\"}";
    send(
        FrameCodecTest.clientFrame(
            true, Opcodes.TEXT, heartbeat.getBytes(StandardCharsets.UTF_8), true));
    assertThat(readFrame().text()).contains("\"op\":11");
  }

  @Test
  void payloadWithSixtyFourBitLengthIsRefusedAsTooLargeForDiscord() throws IOException {
    readFrame();
    byte[] big = new byte[70_000];
    send(FrameCodecTest.clientFrame(true, Opcodes.TEXT, big, true));
    ServerFrame close = readFrame();
    assertThat(close.opcode()).isEqualTo(Opcodes.CLOSE);
    assertThat(close.closeCode()).isEqualTo(4002);
  }

  @Test
  void closeFrameIsEchoed() throws IOException {
    readFrame();
    send(FrameCodecTest.clientFrame(true, Opcodes.CLOSE, new byte[] {0x03, (byte) 0xE8}, true));
    ServerFrame echo = readFrame();
    assertThat(echo.opcode()).isEqualTo(Opcodes.CLOSE);
    assertThat(echo.closeCode()).isEqualTo(1000);
    InputStream raw = in;
    assertThat(raw.read()).as("the server closes the TCP connection after the echo").isEqualTo(-1);
  }
}
