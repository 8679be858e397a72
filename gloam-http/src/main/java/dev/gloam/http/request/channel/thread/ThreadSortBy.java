package dev.gloam.http.request.channel.thread;

/** What a thread search sorts by: the {@code sort_by} values of Discord's OpenAPI description. */
public enum ThreadSortBy {
  /** How well the thread matches ({@code relevance}). */
  RELEVANCE("relevance"),
  /** When the thread was created ({@code creation_time}). */
  CREATION_TIME("creation_time"),
  /** When the last message was sent in the thread ({@code last_message_time}). */
  LAST_MESSAGE_TIME("last_message_time"),
  /** When the thread was archived ({@code archive_time}). */
  ARCHIVE_TIME("archive_time");

  private final String value;

  ThreadSortBy(String value) {
    this.value = value;
  }

  /**
   * Returns the value Discord expects.
   *
   * @return the wire value, such as {@code creation_time}
   */
  public String value() {
    return value;
  }
}
