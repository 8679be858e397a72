package dev.gloam.gateway.compression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;

class ZlibStreamInflaterTest {
  private final Deflater deflater = new Deflater();

  private byte[] flush(String payload) {
    deflater.setInput(payload.getBytes(StandardCharsets.UTF_8));
    byte[] buffer = new byte[64 * 1024];
    int n = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
    return Arrays.copyOf(buffer, n);
  }

  @Test
  void inflatesConsecutivePayloadsOfOneStream() {
    try (ZlibStreamInflater inflater = new ZlibStreamInflater()) {
      assertThat(inflater.push(ByteBuffer.wrap(flush("{\"op\":10}")))).contains("{\"op\":10}");
      // The second payload only decodes with the first one's dictionary: one stream, one inflater.
      assertThat(inflater.push(ByteBuffer.wrap(flush("{\"op\":10}{\"op\":11}"))))
          .contains("{\"op\":10}{\"op\":11}");
    }
  }

  @Test
  void waitsForTheSuffixAcrossFrames() {
    String big = "{\"d\":\"" + "é".repeat(100_000) + "\"}";
    byte[] all = flush(big);
    try (ZlibStreamInflater inflater = new ZlibStreamInflater()) {
      int cut = all.length - 2; // split inside the 00 00 ff ff marker
      assertThat(inflater.push(ByteBuffer.wrap(all, 0, cut))).isEmpty();
      assertThat(inflater.push(ByteBuffer.wrap(all, cut, 2))).contains(big);
    }
  }

  @Test
  void corruptInputIsAnError() {
    try (ZlibStreamInflater inflater = new ZlibStreamInflater()) {
      byte[] garbage = {1, 2, 3, 4, 5, 0, 0, (byte) 0xff, (byte) 0xff};
      assertThatThrownBy(() -> inflater.push(ByteBuffer.wrap(garbage)))
          .isInstanceOf(CompressionException.class);
    }
  }
}
