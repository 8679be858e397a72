package dev.gloam.gateway.compression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CompressionTest {

  @Test
  void namesTheQueryValues() {
    assertThat(Compression.NONE.queryValue()).isEmpty();
    assertThat(Compression.ZLIB_STREAM.queryValue()).contains("zlib-stream");
    assertThat(Compression.ZSTD_STREAM.queryValue()).contains("zstd-stream");
  }

  @Test
  void zstdIsAvailableWithZstdJniOnThePath() {
    // zstd-jni is an optional dependency of the gateway, so the tests have it.
    assertThat(Compression.NONE.isAvailable()).isTrue();
    assertThat(Compression.ZLIB_STREAM.isAvailable()).isTrue();
    assertThat(Compression.ZSTD_STREAM.isAvailable()).isTrue();
    assertThat(Compression.preferred()).isEqualTo(Compression.ZSTD_STREAM);
  }

  @Test
  void makesAFreshDecompressorPerCall() {
    try (Decompressor zlib = Compression.ZLIB_STREAM.newDecompressor();
        Decompressor other = Compression.ZLIB_STREAM.newDecompressor();
        Decompressor zstd = Compression.ZSTD_STREAM.newDecompressor()) {
      assertThat(zlib).isInstanceOf(ZlibStreamInflater.class).isNotSameAs(other);
      assertThat(zstd).isInstanceOf(ZstdStreamDecompressor.class);
    }
  }

  @Test
  void noCompressionHasNoDecompressor() {
    assertThatThrownBy(Compression.NONE::newDecompressor).isInstanceOf(IllegalStateException.class);
  }
}
