package dev.gloam.http.request.channel.thread;

/** The direction of a thread search's order: the {@code sort_order} values. */
public enum SortOrder {
  /** Smallest first ({@code asc}). */
  ASCENDING("asc"),
  /** Largest first ({@code desc}). */
  DESCENDING("desc");

  private final String value;

  SortOrder(String value) {
    this.value = value;
  }

  /**
   * Returns the value Discord expects.
   *
   * @return the wire value, {@code asc} or {@code desc}
   */
  public String value() {
    return value;
  }
}
