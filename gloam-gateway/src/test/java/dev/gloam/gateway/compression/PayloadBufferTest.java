package dev.gloam.gateway.compression;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PayloadBufferTest {

  @Test
  void doublesWithoutAnEstimateAndJumpsToAGoodOne() {
    PayloadBuffer buffer = new PayloadBuffer();
    assertThat(buffer.capacity()).isEqualTo(PayloadBuffer.INITIAL_CAPACITY);
    buffer.advance(buffer.room());
    buffer.grow(0);
    assertThat(buffer.capacity()).isEqualTo(2 * PayloadBuffer.INITIAL_CAPACITY);
    buffer.advance(buffer.room());
    // 16 KiB came out of 4 KiB of a 100 KiB input: about 400 KiB in all, plus an eighth.
    long estimate = buffer.estimate(0, 4 * 1024, 100 * 1024);
    assertThat(estimate).isEqualTo(400L * 1024);
    buffer.grow(estimate);
    assertThat(buffer.capacity()).isEqualTo(450 * 1024);
    assertThat(buffer.size()).isEqualTo(2 * PayloadBuffer.INITIAL_CAPACITY);
  }

  @Test
  void trustsAnEstimateOnlySoFar() {
    PayloadBuffer buffer = new PayloadBuffer();
    buffer.grow(Integer.MAX_VALUE);
    assertThat(buffer.capacity()).isEqualTo(64 * PayloadBuffer.INITIAL_CAPACITY);
  }

  @Test
  void handsOutExactBytesAndShrinksAfterABigPayload() {
    PayloadBuffer buffer = new PayloadBuffer();
    buffer.array()[0] = 7;
    buffer.advance(1);
    assertThat(buffer.take()).containsExactly(7);
    assertThat(buffer.size()).isZero();
    while (buffer.capacity() <= PayloadBuffer.KEPT_CAPACITY) {
      buffer.advance(buffer.room());
      buffer.grow(0);
    }
    assertThat(buffer.take()).hasSize(PayloadBuffer.KEPT_CAPACITY);
    assertThat(buffer.capacity()).isEqualTo(PayloadBuffer.INITIAL_CAPACITY);
    assertThat(buffer.estimate(0, 0, 100)).isZero();
  }
}
