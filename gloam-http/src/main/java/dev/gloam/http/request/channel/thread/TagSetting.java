package dev.gloam.http.request.channel.thread;

/**
 * How a thread search, or a forum's default filter, combines several tags: threads with all of
 * them, or with any of them. The values of {@code tag_setting} and {@code default_tag_setting} in
 * Discord's OpenAPI description.
 */
public enum TagSetting {
  /** Threads that carry every given tag ({@code match_all}). */
  MATCH_ALL("match_all"),
  /** Threads that carry at least one given tag ({@code match_some}). */
  MATCH_SOME("match_some");

  private final String value;

  TagSetting(String value) {
    this.value = value;
  }

  /**
   * Returns the value Discord expects.
   *
   * @return the wire value, such as {@code match_all}
   */
  public String value() {
    return value;
  }
}
