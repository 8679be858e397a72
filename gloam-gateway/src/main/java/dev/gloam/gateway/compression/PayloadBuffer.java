package dev.gloam.gateway.compression;

import java.util.Arrays;

/**
 * The decompressed bytes of the payload being assembled. Starts small, doubles for a big payload
 * and falls back to its small size once a payload that needed more than {@link #KEPT_CAPACITY} is
 * handed out, so an idle connection holds a few KiB and not the size of its largest payload.
 */
final class PayloadBuffer {
  /** The capacity of a new buffer: holds most gateway payloads. */
  static final int INITIAL_CAPACITY = 8 * 1024;

  /** The largest capacity kept between payloads. */
  static final int KEPT_CAPACITY = 32 * 1024;

  // What the JVM allows for an array; payloads of gigabytes are refused long before that anyway.
  private static final int MAX_CAPACITY = Integer.MAX_VALUE - 16;
  private static final byte[] NONE = new byte[0];

  private byte[] array = new byte[INITIAL_CAPACITY];
  private int size;

  /** The array decompressed bytes go into; replaced by {@link #grow(long)}. */
  byte[] array() {
    return array;
  }

  /** How many bytes at the start of {@link #array()} hold the payload so far. */
  int size() {
    return size;
  }

  /** Records that {@code count} more bytes were written after {@link #size()}. */
  void advance(int count) {
    size += count;
  }

  /** Records the payload's length so far, after a write that positioned itself. */
  void size(int size) {
    this.size = size;
  }

  /** How many bytes fit after {@link #size()}. */
  int room() {
    return array.length - size;
  }

  /**
   * Makes room, keeping the bytes written: at least doubles the capacity, and goes straight to
   * {@code expectedSize} (with a margin) when the caller can tell how big the payload will get, so
   * that a payload of megabytes is not copied through a dozen ever larger arrays.
   *
   * @param expectedSize the caller's estimate of the payload's full size, or 0 if it has none
   */
  void grow(long expectedSize) {
    if (array.length >= MAX_CAPACITY) {
      throw new CompressionException("a payload is larger than the largest Java array");
    }
    long doubled = Math.max(INITIAL_CAPACITY, array.length * 2L);
    // Trust an estimate up to 64 times the current size: a wrong one costs memory only briefly.
    long estimated = Math.min(expectedSize + (expectedSize >> 3), doubled * 32);
    int capacity = (int) Math.min(MAX_CAPACITY, Math.max(doubled, estimated));
    array = Arrays.copyOf(array, capacity);
  }

  /**
   * Estimates the payload's full size from how much a part of the input inflated to.
   *
   * @param sizeBefore the payload's size before the input was read
   * @param consumed how many input bytes were read so far
   * @param input how many input bytes there are in all
   * @return the estimate, or 0 if nothing was read yet
   */
  long estimate(int sizeBefore, int consumed, int input) {
    if (consumed <= 0) {
      return 0;
    }
    return sizeBefore + (long) (size - sizeBefore) * input / consumed;
  }

  /** Hands out the payload's bytes and starts the next payload, shrinking if it grew a lot. */
  byte[] take() {
    byte[] payload = Arrays.copyOf(array, size);
    size = 0;
    if (array.length > KEPT_CAPACITY) {
      array = new byte[INITIAL_CAPACITY];
    }
    return payload;
  }

  /** Drops the bytes of the payload being assembled and the array itself. */
  void release() {
    array = NONE;
    size = 0;
  }

  /** The current capacity, for tests. */
  int capacity() {
    return array.length;
  }
}
