package dev.gloam.standby;

/**
 * What one {@link Standby#process} call did, for metrics and tests.
 *
 * @param matched waiters whose predicate accepted the event
 * @param fulfilled one-time waits completed with the event (and removed)
 * @param streamed events handed to streams
 * @param dropped waiters removed because nobody listens any more: a future cancelled, timed out or
 *     completed elsewhere, a stream closed or no longer reachable
 * @param failed waiters removed because their predicate threw, or streams ended because their
 *     reader fell too far behind
 */
public record ProcessResults(int matched, int fulfilled, int streamed, int dropped, int failed) {
  static final ProcessResults NONE = new ProcessResults(0, 0, 0, 0, 0);
}
