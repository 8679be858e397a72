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

  /** The array decompressed bytes go into; replaced by {@link #grow()}. */
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

  /** Doubles the capacity, keeping the bytes written. */
  void grow() {
    if (array.length >= MAX_CAPACITY) {
      throw new CompressionException("a payload is larger than the largest Java array");
    }
    int capacity = (int) Math.min(MAX_CAPACITY, Math.max(INITIAL_CAPACITY, array.length * 2L));
    array = Arrays.copyOf(array, capacity);
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
