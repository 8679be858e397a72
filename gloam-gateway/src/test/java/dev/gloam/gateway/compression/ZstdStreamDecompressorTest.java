package dev.gloam.gateway.compression;

import static dev.gloam.gateway.compression.Streams.cut;
import static dev.gloam.gateway.compression.Streams.pushFragments;
import static dev.gloam.gateway.compression.Streams.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ZstdStreamDecompressorTest {
  private final Streams.Zstd server = new Streams.Zstd();
  private final ZstdStreamDecompressor decompressor =
      (ZstdStreamDecompressor) Compression.ZSTD_STREAM.newDecompressor();

  @AfterEach
  void close() throws IOException {
    server.close();
    decompressor.close();
  }

  private String push(byte[] message) {
    return text(decompressor.push(ByteBuffer.wrap(message), true));
  }

  @Test
  void decompressesManyPayloadsOfOneStream() {
    Random random = new Random(1);
    for (int i = 0; i < 500; i++) {
      String payload = Streams.payload(random, 20 + random.nextInt(3000));
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
    assertThat(text(pushFragments(decompressor, fragments))).isEqualTo(payload);
    assertThat(push(server.message("{\"op\":11}"))).isEqualTo("{\"op\":11}");
  }

  @Test
  void decompressesOneByteFragments() {
    for (String payload :
        List.of("{\"op\":10,\"d\":{\"heartbeat_interval\":41250}}", "{\"op\":11}")) {
      byte[] message = server.message(payload);
      List<ByteBuffer> fragments = new ArrayList<>();
      for (int i = 0; i < message.length; i++) {
        fragments.add(ByteBuffer.wrap(message, i, 1));
      }
      assertThat(text(pushFragments(decompressor, fragments))).isEqualTo(payload);
    }
  }

  @Test
  void decompressesALargePayloadAndShrinksItsBufferAfterwards() {
    String big = Streams.bigPayload(3 * 1024 * 1024);
    assertThat(decompressor.bufferCapacity()).isLessThanOrEqualTo(PayloadBuffer.KEPT_CAPACITY);
    assertThat(push(server.message(big))).isEqualTo(big);
    assertThat(decompressor.bufferCapacity()).isEqualTo(PayloadBuffer.INITIAL_CAPACITY);
    assertThat(push(server.message("{\"op\":11}"))).isEqualTo("{\"op\":11}");
    assertThat(decompressor.bufferCapacity()).isEqualTo(PayloadBuffer.INITIAL_CAPACITY);

    byte[] again = server.message(big);
    List<ByteBuffer> fragments = new ArrayList<>();
    for (int start = 0; start < again.length; start += 16 * 1024) {
      fragments.add(ByteBuffer.wrap(again, start, Math.min(16 * 1024, again.length - start)));
    }
    assertThat(text(pushFragments(decompressor, fragments))).isEqualTo(big);
    assertThat(decompressor.bufferCapacity()).isEqualTo(PayloadBuffer.INITIAL_CAPACITY);
  }

  @Test
  void countsCompressedAndInflatedBytes() {
    assertThat(decompressor.compressedBytes()).isZero();
    assertThat(decompressor.inflatedBytes()).isZero();
    Random random = new Random(5);
    long compressed = 0;
    long inflated = 0;
    for (int i = 0; i < 50; i++) {
      String payload = Streams.payload(random, 100 + random.nextInt(2000));
      byte[] message = server.message(payload);
      compressed += message.length;
      inflated += payload.getBytes(StandardCharsets.UTF_8).length;
      assertThat(pushFragments(decompressor, cut(message, message.length / 2))).isNotNull();
    }
    assertThat(decompressor.compressedBytes()).isEqualTo(compressed);
    assertThat(decompressor.inflatedBytes()).isEqualTo(inflated);
  }

  @Test
  void keepsUnicodeIntact() {
    String payload = "{\"d\":{\"content\":\"héllo 日本語 🌙🌙 Ωmega ✓ \\u0000 «»\"}}";
    for (int i = 0; i < 3; i++) {
      byte[] message = server.message(payload);
      assertThat(text(pushFragments(decompressor, cut(message, message.length / 2 + i))))
          .isEqualTo(payload);
    }
  }

  @Test
  void readsDirectAndReadOnlyBuffersAndConsumesThem() {
    String payload = Streams.payload(new Random(6), 4000);
    byte[] message = server.message(payload);
    ByteBuffer direct = ByteBuffer.allocateDirect(message.length).put(message).flip();
    assertThat(text(decompressor.push(direct, true))).isEqualTo(payload);
    assertThat(direct.hasRemaining()).isFalse();

    ByteBuffer readOnly = ByteBuffer.wrap(server.message(payload)).asReadOnlyBuffer();
    assertThat(text(decompressor.push(readOnly, true))).isEqualTo(payload);
    assertThat(readOnly.hasRemaining()).isFalse();

    byte[] next = server.message(payload);
    byte[] padded = new byte[next.length + 10];
    System.arraycopy(next, 0, padded, 5, next.length);
    ByteBuffer slice = ByteBuffer.wrap(padded, 5, next.length).slice();
    assertThat(text(decompressor.push(slice, true))).isEqualTo(payload);
  }

  @Test
  void corruptInputIsAnErrorAndBreaksTheDecompressor() {
    assertThat(push(server.message("{\"op\":10}"))).isEqualTo("{\"op\":10}");
    // A block header of the reserved type 3 in the middle of the frame (the testkit's corrupt
    // frame).
    byte[] corrupt = {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x00};
    assertThatThrownBy(() -> decompressor.push(ByteBuffer.wrap(corrupt), true))
        .isInstanceOf(CompressionException.class)
        .hasMessageContaining("corrupt");
    byte[] valid = server.message("{\"op\":11}");
    assertThatThrownBy(() -> decompressor.push(ByteBuffer.wrap(valid), true))
        .isInstanceOf(CompressionException.class);
  }

  @Test
  void aStreamThatIsNotZstdIsAnError() {
    byte[] garbage = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    assertThatThrownBy(() -> decompressor.push(ByteBuffer.wrap(garbage), true))
        .isInstanceOf(CompressionException.class);
  }

  @Test
  void closeIsIdempotent() {
    decompressor.close();
    decompressor.close();
    assertThatThrownBy(() -> decompressor.push(ByteBuffer.wrap(server.message("{}")), true))
        .isInstanceOf(IllegalStateException.class);
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
      assertThat(text(pushFragments(decompressor, cut(message, offsets)))).isEqualTo(payload);
    }
    assertThat(decompressor.bufferCapacity()).isLessThanOrEqualTo(PayloadBuffer.KEPT_CAPACITY);
  }
}
