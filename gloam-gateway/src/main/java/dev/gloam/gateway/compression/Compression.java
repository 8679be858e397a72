package dev.gloam.gateway.compression;

import java.lang.reflect.InvocationTargetException;
import java.util.Optional;

/**
 * The transport compression a connection asks for in the gateway URL's {@code compress} query
 * parameter (events/gateway, "Transport Compression"). With transport compression on, Discord
 * compresses the whole connection as one stream and sends every payload as a binary message.
 *
 * <p>{@link #ZSTD_STREAM} needs the optional dependency {@code com.github.luben:zstd-jni} and its
 * native code for the platform; {@link #isAvailable()} tells whether it can be used. On the module
 * path, the {@code com.github.luben.zstd_jni} module must be resolved: gloam reads it only if
 * present, so add it with {@code --add-modules com.github.luben.zstd_jni} or require it from the
 * application's module.
 */
public enum Compression {
  /** No transport compression: payloads arrive as text messages. */
  NONE(null),

  /**
   * {@code zlib-stream}: one zlib stream per connection, decompressed with the JDK's {@link
   * java.util.zip.Inflater}. Always available.
   */
  ZLIB_STREAM("zlib-stream"),

  /**
   * {@code zstd-stream}: one zstd stream per connection. Smaller and cheaper to decompress than
   * zlib, but needs zstd-jni.
   */
  ZSTD_STREAM("zstd-stream");

  private final String queryValue;

  Compression(String queryValue) {
    this.queryValue = queryValue;
  }

  /**
   * Returns the value of the gateway URL's {@code compress} parameter.
   *
   * @return {@code "zlib-stream"} or {@code "zstd-stream"}; empty for {@link #NONE}, which leaves
   *     the parameter out
   */
  public Optional<String> queryValue() {
    return Optional.ofNullable(queryValue);
  }

  /**
   * Tells whether this compression can be used in this JVM. {@link #NONE} and {@link #ZLIB_STREAM}
   * always can; {@link #ZSTD_STREAM} can if zstd-jni and its native code load, which is checked
   * once, on the first call.
   *
   * @return whether {@link #newDecompressor()} works (for {@link #NONE}: whether no compression can
   *     be used, which is always true)
   */
  public boolean isAvailable() {
    return this != ZSTD_STREAM || ZstdProbe.FAILURE == null;
  }

  /**
   * Returns the best compression available: {@link #ZSTD_STREAM} if zstd-jni is present, else
   * {@link #ZLIB_STREAM}.
   *
   * @return the compression to ask for by default
   */
  public static Compression preferred() {
    return ZSTD_STREAM.isAvailable() ? ZSTD_STREAM : ZLIB_STREAM;
  }

  /**
   * Creates the decompression state of one new connection. Every connection, including one that
   * resumes a session, needs its own.
   *
   * @return a new decompressor, which the caller must close
   * @throws IllegalStateException for {@link #NONE}, which has nothing to decompress
   * @throws CompressionException for {@link #ZSTD_STREAM} if zstd-jni is not available
   */
  public Decompressor newDecompressor() {
    return switch (this) {
      case NONE -> throw new IllegalStateException("no transport compression: nothing to inflate");
      case ZLIB_STREAM -> new ZlibStreamInflater();
      case ZSTD_STREAM -> {
        Throwable failure = ZstdProbe.FAILURE;
        if (failure != null) {
          throw new CompressionException(
              "zstd-stream needs the library com.github.luben:zstd-jni and its native code for"
                  + " this platform (on the module path: --add-modules com.github.luben.zstd_jni);"
                  + " it could not be loaded: "
                  + failure,
              failure);
        }
        yield new ZstdStreamDecompressor();
      }
    };
  }

  /** Loads zstd-jni once, on first use, by reflection so that its absence is no error. */
  private static final class ZstdProbe {
    /** Why zstd-jni cannot be used, or {@code null} if it can. */
    static final Throwable FAILURE = probe();

    private ZstdProbe() {}

    private static Throwable probe() {
      try {
        Class.forName("com.github.luben.zstd.util.Native").getMethod("load").invoke(null);
        // Also make (and free) a context: it runs the native binding's own initialisation.
        Class<?> context = Class.forName("com.github.luben.zstd.ZstdDecompressCtx");
        AutoCloseable probe = (AutoCloseable) context.getConstructor().newInstance();
        probe.close();
        return null;
      } catch (InvocationTargetException e) {
        return e.getCause() == null ? e : e.getCause();
      } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
        return e;
      } catch (Exception e) {
        // close() declares Exception; the context's close throws none.
        return e;
      }
    }
  }
}
