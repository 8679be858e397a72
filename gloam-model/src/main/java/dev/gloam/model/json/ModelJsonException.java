package dev.gloam.model.json;

import java.io.Serial;

/**
 * JSON could not be read into, or written from, a model type. The {@link #kind()} tells bad input
 * apart from a shape the model did not expect.
 */
public final class ModelJsonException extends RuntimeException {
  @Serial private static final long serialVersionUID = 1L;

  /** What went wrong. */
  public enum Kind {
    /** The text is not well-formed JSON. */
    MALFORMED,
    /** The JSON is well-formed but does not have the shape of the requested type. */
    UNEXPECTED_SHAPE,
    /** A value could not be written as JSON. */
    WRITE_FAILED
  }

  private final Kind kind;

  /**
   * Creates the exception.
   *
   * @param kind what went wrong
   * @param message what was being read or written, and why it failed
   * @param cause the underlying error, if any
   */
  public ModelJsonException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  /**
   * Returns what went wrong.
   *
   * @return the kind of failure
   */
  public Kind kind() {
    return kind;
  }
}
