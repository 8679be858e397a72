package dev.gloam.validate.thread;

import dev.gloam.model.channel.thread.AutoArchiveDuration;
import dev.gloam.validate.Check;
import dev.gloam.validate.ValidationException;
import java.util.Collection;
import java.util.List;

/**
 * Checks of the fields of the thread routes (resources/channel, "Start Thread ..." and the thread
 * member and archived thread lists; topics/threads).
 */
public final class ThreadChecks {
  /** The fewest characters a thread name may have. */
  public static final int NAME_MIN = 1;

  /** The most characters a thread name may have. */
  public static final int NAME_MAX = 100;

  /** The auto-archive durations Discord accepts, in minutes. */
  public static final List<Integer> AUTO_ARCHIVE_DURATIONS = List.of(60, 1440, 4320, 10_080);

  /** The most tags a thread of a forum or media channel may carry. */
  public static final int APPLIED_TAGS_MAX = 5;

  /** The fewest thread members one page of "List Thread Members" may ask for. */
  public static final int MEMBER_LIST_LIMIT_MIN = 1;

  /** The most thread members one page of "List Thread Members" may ask for. */
  public static final int MEMBER_LIST_LIMIT_MAX = 100;

  /** The fewest threads one page of an archived thread list may ask for. */
  public static final int ARCHIVED_LIMIT_MIN = 2;

  /** The most threads one page of an archived thread list may ask for. */
  public static final int ARCHIVED_LIMIT_MAX = 100;

  /** The most characters the name searched for may have. */
  public static final int SEARCH_NAME_MAX = 100;

  /** The largest {@code slop} of a thread search. */
  public static final int SEARCH_SLOP_MAX = 100;

  /** The most tags a thread search may filter by. */
  public static final int SEARCH_TAGS_MAX = 20;

  /** The fewest results one page of a thread search may ask for. */
  public static final int SEARCH_LIMIT_MIN = 1;

  /** The most results one page of a thread search may ask for. */
  public static final int SEARCH_LIMIT_MAX = 25;

  /** The largest offset of a thread search. */
  public static final int SEARCH_OFFSET_MAX = 9975;

  private ThreadChecks() {}

  /**
   * Checks a thread name.
   *
   * @param name the name, or {@code null} if not set
   * @throws ValidationException if it has fewer than {@value #NAME_MIN} or more than {@value
   *     #NAME_MAX} characters
   */
  public static void name(String name) {
    Check.length("name", name, NAME_MIN, NAME_MAX);
  }

  /**
   * Checks an auto-archive duration, such as {@code auto_archive_duration} or {@code
   * default_auto_archive_duration}. The type is open, so a value Discord does not accept can be
   * built; this refuses it before it is sent.
   *
   * @param field the field's name
   * @param duration the duration, or {@code null} if not set
   * @throws ValidationException if it is not one of 60, 1440, 4320 and 10080 minutes
   */
  public static void autoArchiveDuration(String field, AutoArchiveDuration duration) {
    if (duration != null && !AUTO_ARCHIVE_DURATIONS.contains(duration.value())) {
      throw new ValidationException(
          field,
          ValidationException.Rule.NOT_ALLOWED,
          "one of " + AUTO_ARCHIVE_DURATIONS,
          Integer.toString(duration.value()));
    }
  }

  /**
   * Checks the tags applied to a thread.
   *
   * @param tags the tag ids, or {@code null} if not set
   * @throws ValidationException if there are more than {@value #APPLIED_TAGS_MAX}
   */
  public static void appliedTags(Collection<?> tags) {
    Check.count("applied_tags", tags, 0, APPLIED_TAGS_MAX);
  }

  /**
   * Checks the page size of "List Thread Members".
   *
   * @param limit the number of members
   * @throws ValidationException if it is outside {@value #MEMBER_LIST_LIMIT_MIN}..{@value
   *     #MEMBER_LIST_LIMIT_MAX}
   */
  public static void memberListLimit(int limit) {
    Check.range("limit", limit, MEMBER_LIST_LIMIT_MIN, MEMBER_LIST_LIMIT_MAX);
  }

  /**
   * Checks the page size of the archived thread lists.
   *
   * @param limit the number of threads
   * @throws ValidationException if it is outside {@value #ARCHIVED_LIMIT_MIN}..{@value
   *     #ARCHIVED_LIMIT_MAX}
   */
  public static void archivedLimit(int limit) {
    Check.range("limit", limit, ARCHIVED_LIMIT_MIN, ARCHIVED_LIMIT_MAX);
  }

  /**
   * Checks the name a thread search looks for.
   *
   * @param name the name, or {@code null} if not set
   * @throws ValidationException if it is longer than {@value #SEARCH_NAME_MAX} characters
   */
  public static void searchName(String name) {
    Check.maxLength("name", name, SEARCH_NAME_MAX);
  }

  /**
   * Checks how many words may sit between the searched words of a thread search.
   *
   * @param slop the slop
   * @throws ValidationException if it is outside 0..{@value #SEARCH_SLOP_MAX}
   */
  public static void searchSlop(int slop) {
    Check.range("slop", slop, 0, SEARCH_SLOP_MAX);
  }

  /**
   * Checks the tags a thread search filters by.
   *
   * @param tags the tag ids, or {@code null} if not set
   * @throws ValidationException if there are more than {@value #SEARCH_TAGS_MAX}
   */
  public static void searchTags(Collection<?> tags) {
    Check.count("tag", tags, 0, SEARCH_TAGS_MAX);
  }

  /**
   * Checks the page size of a thread search.
   *
   * @param limit the number of results
   * @throws ValidationException if it is outside {@value #SEARCH_LIMIT_MIN}..{@value
   *     #SEARCH_LIMIT_MAX}
   */
  public static void searchLimit(int limit) {
    Check.range("limit", limit, SEARCH_LIMIT_MIN, SEARCH_LIMIT_MAX);
  }

  /**
   * Checks the offset of a thread search.
   *
   * @param offset the number of results to skip
   * @throws ValidationException if it is outside 0..{@value #SEARCH_OFFSET_MAX}
   */
  public static void searchOffset(int offset) {
    Check.range("offset", offset, 0, SEARCH_OFFSET_MAX);
  }
}
