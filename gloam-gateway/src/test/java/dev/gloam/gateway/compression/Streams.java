package dev.gloam.gateway.compression;

import com.github.luben.zstd.ZstdOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.Deflater;

/**
 * Compressed streams made the way Discord (and the testkit) make them, and helpers to feed them.
 */
final class Streams {
  private Streams() {}

  /** One zlib stream; every payload ends with a sync flush, as Discord sends it. */
  static final class Zlib implements AutoCloseable {
    private final Deflater deflater = new Deflater();

    byte[] message(String payload) {
      deflater.setInput(payload.getBytes(StandardCharsets.UTF_8));
      byte[] buffer = new byte[1024];
      int length = 0;
      while (true) {
        int room = buffer.length - length;
        int written = deflater.deflate(buffer, length, room, Deflater.SYNC_FLUSH);
        length += written;
        if (written < room) {
          return Arrays.copyOf(buffer, length);
        }
        buffer = Arrays.copyOf(buffer, buffer.length * 2);
      }
    }

    @Override
    public void close() {
      deflater.end();
    }
  }

  /** One zstd stream that never ends its frame; flushed after every payload. */
  static final class Zstd implements AutoCloseable {
    private final ByteArrayOutputStream sink = new ByteArrayOutputStream();
    private final ZstdOutputStream zstd;

    Zstd() {
      try {
        zstd = new ZstdOutputStream(sink);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    byte[] message(String payload) {
      sink.reset();
      try {
        zstd.write(payload.getBytes(StandardCharsets.UTF_8));
        zstd.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return sink.toByteArray();
    }

    @Override
    public void close() throws IOException {
      zstd.close();
    }
  }

  /** Cuts {@code bytes} into pieces at the given offsets. */
  static List<ByteBuffer> cut(byte[] bytes, int... offsets) {
    List<ByteBuffer> pieces = new ArrayList<>();
    int start = 0;
    for (int offset : offsets) {
      pieces.add(ByteBuffer.wrap(bytes, start, offset - start));
      start = offset;
    }
    pieces.add(ByteBuffer.wrap(bytes, start, bytes.length - start));
    return pieces;
  }

  /**
   * Pushes a whole message in fragments and returns what the last one gave; the earlier ones must
   * give nothing.
   */
  static byte[] pushFragments(Decompressor decompressor, List<ByteBuffer> fragments) {
    byte[] result = null;
    for (int i = 0; i < fragments.size(); i++) {
      boolean last = i == fragments.size() - 1;
      byte[] bytes = decompressor.push(fragments.get(i), last);
      if (!last && bytes != null) {
        throw new AssertionError("fragment " + i + " of " + fragments.size() + " gave a payload");
      }
      result = bytes;
    }
    return result;
  }

  static String text(byte[] bytes) {
    return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
  }

  /** A JSON payload like a gateway dispatch, with varied content. */
  static String payload(Random random, int approximateLength) {
    StringBuilder json = new StringBuilder("{\"op\":0,\"s\":").append(random.nextInt(100_000));
    json.append(",\"t\":\"MESSAGE_CREATE\",\"d\":{\"content\":\"");
    String[] words = {"gloam", "shard", "héllo", "日本語", "🌙", "guild", "\\\"quoted\\\"", "member"};
    while (json.length() < approximateLength) {
      json.append(words[random.nextInt(words.length)]).append(' ');
      if (random.nextInt(10) == 0) {
        json.append(random.nextLong()).append(' ');
      }
    }
    return json.append("\"}}").toString();
  }

  /** A big payload (about {@code length} characters) like a GUILD_CREATE of a large guild. */
  static String bigPayload(int length) {
    Random random = new Random(42);
    StringBuilder json = new StringBuilder("{\"op\":0,\"t\":\"GUILD_CREATE\",\"d\":{\"members\":[");
    int i = 0;
    while (json.length() < length) {
      if (i++ > 0) {
        json.append(',');
      }
      json.append("{\"user\":{\"id\":\"")
          .append(Math.abs(random.nextLong()))
          .append("\",\"username\":\"member-")
          .append(Integer.toString(random.nextInt(), 36))
          .append("\"},\"roles\":[\"")
          .append(random.nextInt(1000))
          .append("\"]}");
    }
    return json.append("]}}").toString();
  }
}
