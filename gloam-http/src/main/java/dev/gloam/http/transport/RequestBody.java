package dev.gloam.http.transport;

import java.util.Objects;

/**
 * The body of a request: none, JSON, or {@code multipart/form-data} (for file uploads, Discord's
 * "Uploading Files" section of reference).
 */
public sealed interface RequestBody {
  /**
   * Returns the {@code Content-Type} to send, or {@code null} for no body.
   *
   * @return the content type
   */
  String contentType();

  /**
   * Returns the bytes to send.
   *
   * @return the bytes, empty for no body
   */
  byte[] bytes();

  /**
   * Returns the empty body.
   *
   * @return the body of a request that sends none
   */
  static RequestBody none() {
    return None.INSTANCE;
  }

  /** No body. */
  enum None implements RequestBody {
    /** The only instance. */
    INSTANCE;

    private static final byte[] EMPTY = new byte[0];

    @Override
    public String contentType() {
      return null;
    }

    @Override
    public byte[] bytes() {
      return EMPTY;
    }
  }

  /**
   * A JSON body.
   *
   * @param bytes the JSON, UTF-8
   */
  record Json(byte[] bytes) implements RequestBody {
    /** Checks that the bytes are present. */
    public Json {
      Objects.requireNonNull(bytes, "bytes");
    }

    @Override
    public String contentType() {
      return "application/json";
    }
  }

  /**
   * A {@code multipart/form-data} body.
   *
   * @param boundary the boundary between parts
   * @param bytes the encoded parts
   */
  record Multipart(String boundary, byte[] bytes) implements RequestBody {
    /** Checks that boundary and bytes are present. */
    public Multipart {
      Objects.requireNonNull(boundary, "boundary");
      Objects.requireNonNull(bytes, "bytes");
    }

    @Override
    public String contentType() {
      return "multipart/form-data; boundary=" + boundary;
    }
  }
}
