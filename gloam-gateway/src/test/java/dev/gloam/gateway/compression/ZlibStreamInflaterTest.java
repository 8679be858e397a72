package dev.gloam.gateway.compression;

import static dev.gloam.gateway.compression.Streams.cut;
import static dev.gloam.gateway.compression.Streams.pushFragments;
import static dev.gloam.gateway.compression.Streams.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ZlibStreamInflaterTest {
  private final Streams.Zlib server = new Streams.Zlib();
  private final ZlibStreamInflater inflater =
      (ZlibStreamInflater) Compression.ZLIB_STREAM.newDecompressor();

  @AfterEach
  void close() {
    server.close();
    inflater.close();
  }

  private String push(byte[] message) {
    return text(inflater.push(ByteBuffer.wrap(message), true));
  }

  @Test
  void inflatesManyPayloadsOfOneStream() {
    Random random = new Random(1);
    for (int i = 0; i < 500; i++) {
      String payload = Streams.payload(random, 20 + random.nextInt(3000));
      // Later payloads only inflate with the dictionary of the earlier ones: one stream.
      assertThat(push(server.message(payload))).isEqualTo(payload);
    }
  }

  @Test
  void waitsForTheLastFragmentOfAMessage() {
    String payload = Streams.payload(new Random(2), 5000);
    byte[] message = server.message(payload);
    List<ByteBuffer> fragments = new ArrayList<>();
    for (int start = 0; start < message.length; start += 7) {
      fragments.add(ByteBuffer.wrap(message, start, Math.min(7, message.length - start)));
    }
    assertThat(fragments).hasSizeGreaterThan(10);
    assertThat(text(pushFragments(inflater, fragments))).isEqualTo(payload);
    // The stream goes on after a fragmented message.
    assertThat(push(server.message("{\"op\":11}"))).isEqualTo("{\"op\":11}");
  }

  @Test
  void aPayloadMaySpanSeveralMessages() {
    String payload = Streams.payload(new Random(3), 3000);
    byte[] message = server.message(payload);
    int third = message.length / 3;
    assertThat(inflater.push(ByteBuffer.wrap(message, 0, third), true)).isNull();
    assertThat(inflater.push(ByteBuffer.wrap(message, third, third), true)).isNull();
    byte[] rest = Arrays.copyOfRange(message, 2 * third, message.length);
    assertThat(push(rest)).isEqualTo(payload);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4})
  void findsTheMarkerSplitAcrossFragments(int cutBeforeEnd) {
    for (int round = 0; round < 3; round++) {
      String payload = "{\"op\":0,\"d\":{\"round\":" + round + ",\"text\":\"é🌙\"}}";
      byte[] message = server.message(payload);
      int at = message.length - cutBeforeEnd;
      assertThat(text(pushFragments(inflater, cut(message, at)))).isEqualTo(payload);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3})
  void findsTheMarkerSplitAcrossMessages(int cutBeforeEnd) {
    String payload = "{\"op\":10,\"d\":{\"heartbeat_interval\":41250}}";
    byte[] message = server.message(payload);
    int at = message.length - cutBeforeEnd;
    assertThat(inflater.push(ByteBuffer.wrap(message, 0, at), true)).isNull();
    assertThat(push(Arrays.copyOfRange(message, at, message.length))).isEqualTo(payload);
  }

  @Test
  void findsTheMarkerSplitIntoOneByteFragments() {
    String payload = "{\"op\":11}";
    byte[] message = server.message(payload);
    List<ByteBuffer> fragments = new ArrayList<>();
    for (int i = 0; i < message.length; i++) {
      fragments.add(ByteBuffer.wrap(message, i, 1));
    }
    assertThat(text(pushFragments(inflater, fragments))).isEqualTo(payload);
  }

  @Test
  void aMarkerInsideAMessageDoesNotEndThePayload() {
    String first = "{\"op\":0,\"t\":\"A\"}";
    String second = "{\"op\":0,\"t\":\"B\"}";
    byte[] one = server.message(first);
    byte[] two = server.message(second);
    // Both flushes inside one message (which Discord does not send) end at the message's end.
    assertThat(inflater.push(ByteBuffer.wrap(one), false)).isNull();
    assertThat(push(two)).isEqualTo(first + second);
    // A message that ends with an empty last fragment still completes the payload.
    assertThat(inflater.push(ByteBuffer.wrap(server.message(first)), false)).isNull();
    assertThat(text(inflater.push(ByteBuffer.allocate(0), true))).isEqualTo(first);
  }

  @Test
  void inflatesALargePayloadAndShrinksItsBufferAfterwards() {
    String big = Streams.bigPayload(3 * 1024 * 1024);
    byte[] message = server.message(big);
    assertThat(inflater.bufferCapacity()).isLessThanOrEqualTo(PayloadBuffer.KEPT_CAPACITY);
    assertThat(push(message)).isEqualTo(big);
    assertThat(inflater.bufferCapacity()).isEqualTo(PayloadBuffer.INITIAL_CAPACITY);
    assertThat(push(server.message("{\"op\":11}"))).isEqualTo("{\"op\":11}");
    assertThat(inflater.bufferCapacity()).isEqualTo(PayloadBuffer.INITIAL_CAPACITY);

    // The same in fragments of 16 KiB, as a WebSocket client may deliver it.
    byte[] again = server.message(big);
    List<ByteBuffer> fragments = new ArrayList<>();
    for (int start = 0; start < again.length; start += 16 * 1024) {
      fragments.add(ByteBuffer.wrap(again, start, Math.min(16 * 1024, again.length - start)));
    }
    assertThat(text(pushFragments(inflater, fragments))).isEqualTo(big);
    assertThat(inflater.bufferCapacity()).isEqualTo(PayloadBuffer.INITIAL_CAPACITY);
  }

  @Test
  void keepsABufferThatMediumPayloadsNeed() {
    String medium = Streams.payload(new Random(4), 20_000);
    assertThat(push(server.message(medium))).isEqualTo(medium);
    int capacity = inflater.bufferCapacity();
    assertThat(capacity).isGreaterThan(PayloadBuffer.INITIAL_CAPACITY);
    assertThat(capacity).isLessThanOrEqualTo(PayloadBuffer.KEPT_CAPACITY);
    assertThat(push(server.message(medium))).isEqualTo(medium);
    assertThat(inflater.bufferCapacity()).isEqualTo(capacity);
  }

  @Test
  void countsCompressedAndInflatedBytes() {
    assertThat(inflater.compressedBytes()).isZero();
    assertThat(inflater.inflatedBytes()).isZero();
    Random random = new Random(5);
    long compressed = 0;
    long inflated = 0;
    for (int i = 0; i < 50; i++) {
      String payload = Streams.payload(random, 100 + random.nextInt(2000));
      byte[] message = server.message(payload);
      compressed += message.length;
      inflated += payload.getBytes(StandardCharsets.UTF_8).length;
      assertThat(pushFragments(inflater, cut(message, message.length / 2))).isNotNull();
    }
    assertThat(inflater.compressedBytes()).isEqualTo(compressed);
    assertThat(inflater.inflatedBytes()).isEqualTo(inflated);
    assertThat(inflated).isGreaterThan(compressed);
  }

  @Test
  void keepsUnicodeIntact() {
    String payload = "{\"d\":{\"content\":\"héllo 日本語 🌙🌙 Ωmega ✓ \\u0000 «»\"}}";
    byte[] message = server.message(payload);
    for (int at = 1; at < message.length; at += 3) {
      try (Streams.Zlib fresh = new Streams.Zlib();
          Decompressor decompressor = Compression.ZLIB_STREAM.newDecompressor()) {
        byte[] bytes = fresh.message(payload);
        assertThat(text(pushFragments(decompressor, cut(bytes, at)))).isEqualTo(payload);
      }
    }
    assertThat(push(message)).isEqualTo(payload);
  }

  @Test
  void readsDirectAndReadOnlyBuffersAndConsumesThem() {
    String payload = Streams.payload(new Random(6), 4000);
    byte[] message = server.message(payload);
    ByteBuffer direct = ByteBuffer.allocateDirect(message.length).put(message).flip();
    assertThat(text(inflater.push(direct, true))).isEqualTo(payload);
    assertThat(direct.hasRemaining()).isFalse();

    ByteBuffer readOnly = ByteBuffer.wrap(server.message(payload)).asReadOnlyBuffer();
    assertThat(text(inflater.push(readOnly, true))).isEqualTo(payload);
    assertThat(readOnly.hasRemaining()).isFalse();

    // A buffer whose content starts at an offset of its array.
    byte[] next = server.message(payload);
    byte[] padded = new byte[next.length + 10];
    System.arraycopy(next, 0, padded, 5, next.length);
    ByteBuffer slice = ByteBuffer.wrap(padded, 5, next.length).slice();
    assertThat(text(inflater.push(slice, true))).isEqualTo(payload);
  }

  @Test
  void corruptInputIsAnErrorAndBreaksTheInflater() {
    assertThat(push(server.message("{\"op\":10}"))).isEqualTo("{\"op\":10}");
    // A deflate block of the reserved type 3, then the marker (the testkit's corrupt frame).
    byte[] corrupt = {0x07, 0x00, 0x00, (byte) 0xFF, (byte) 0xFF};
    assertThatThrownBy(() -> inflater.push(ByteBuffer.wrap(corrupt), true))
        .isInstanceOf(CompressionException.class)
        .hasMessageContaining("corrupt");
    byte[] valid = server.message("{\"op\":11}");
    assertThatThrownBy(() -> inflater.push(ByteBuffer.wrap(valid), true))
        .isInstanceOf(CompressionException.class);
  }

  @Test
  void aStreamThatIsNotZlibIsAnError() {
    byte[] garbage = {1, 2, 3, 4, 5, 0, 0, (byte) 0xFF, (byte) 0xFF};
    assertThatThrownBy(() -> inflater.push(ByteBuffer.wrap(garbage), true))
        .isInstanceOf(CompressionException.class);
  }

  @Test
  void bytesAfterTheEndOfTheStreamAreAnError() {
    java.util.zip.Deflater finishing = new java.util.zip.Deflater();
    try {
      finishing.setInput("{\"op\":11}".getBytes(StandardCharsets.UTF_8));
      finishing.finish();
      byte[] buffer = new byte[256];
      int length = finishing.deflate(buffer);
      byte[] ended = Arrays.copyOf(buffer, length + 4);
      ended[length + 2] = (byte) 0xFF;
      ended[length + 3] = (byte) 0xFF;
      assertThatThrownBy(() -> inflater.push(ByteBuffer.wrap(ended), true))
          .isInstanceOf(CompressionException.class)
          .hasMessageContaining("ended");
    } finally {
      finishing.end();
    }
  }

  @Test
  void closeIsIdempotentAndEndsTheInflater() {
    inflater.close();
    inflater.close();
    assertThatThrownBy(() -> inflater.push(ByteBuffer.wrap(server.message("{}")), true))
        .isInstanceOf(IllegalStateException.class);
    assertThat(inflater)
        .hasToString("ZlibStreamInflater[compressedBytes=0, inflatedBytes=0, closed]");
  }

  @Test
  void survivesRandomFragmentation() {
    Random random = new Random(7);
    for (int i = 0; i < 300; i++) {
      String payload =
          Streams.payload(random, 10 + random.nextInt(random.nextBoolean() ? 200 : 40_000));
      byte[] message = server.message(payload);
      int pieces = 1 + random.nextInt(Math.min(8, message.length));
      int[] offsets = random.ints(pieces - 1, 1, message.length).sorted().distinct().toArray();
      assertThat(text(pushFragments(inflater, cut(message, offsets)))).isEqualTo(payload);
    }
    assertThat(inflater.bufferCapacity()).isLessThanOrEqualTo(PayloadBuffer.KEPT_CAPACITY);
  }
}
