package dev.gloam.gateway.queue;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Decides when each shard may send its IDENTIFY. Discord lets a bot start only so many sessions at
 * once ({@code max_concurrency}) and per day (the session start limit, events/gateway); a shard
 * that identifies too early is answered with an invalid session, and one that burns the daily limit
 * gets its bot's token reset. So every shard of a bot asks one queue before each IDENTIFY, and
 * never before a RESUME, which does not start a session.
 *
 * <p>Implementations are thread-safe, and one instance is shared by all shards of a process. {@link
 * InMemoryIdentifyQueue} keeps the limits in memory; a bot whose shards run in several processes
 * plugs in an implementation that keeps them in a shared store.
 *
 * <pre>{@code
 * IdentifyQueue queue = InMemoryIdentifyQueue.create();
 * queue.enqueue(shardId).thenRun(() -> sendIdentify());  // asynchronously
 * queue.acquire(shardId);                                 // or blocking, on a virtual thread
 * sendIdentify();
 * }</pre>
 */
public interface IdentifyQueue {
  /**
   * Asks for permission to identify shard {@code shardId}. The future completes once the shard may
   * send its IDENTIFY right away; the permission counts as used, so a shard that does not identify
   * after all wastes a slot. Cancelling the future (or completing it in any other way) leaves the
   * queue, so a shard that closes while waiting takes no slot.
   *
   * @param shardId the shard's id, zero or more
   * @return a future that completes when the shard may identify, or fails with {@link
   *     IdentifyQueueException} if the queue cannot grant it (for example because it was closed)
   * @throws IllegalArgumentException if {@code shardId} is negative
   */
  CompletableFuture<Void> enqueue(int shardId);

  /**
   * Waits until shard {@code shardId} may identify: the blocking form of {@link #enqueue}, cheap on
   * a virtual thread. If the thread is interrupted while waiting, the request leaves the queue.
   *
   * @param shardId the shard's id, zero or more
   * @throws InterruptedException if the thread was interrupted while waiting
   * @throws IdentifyQueueException if the queue cannot grant the request
   * @throws IllegalArgumentException if {@code shardId} is negative
   */
  default void acquire(int shardId) throws InterruptedException {
    CompletableFuture<Void> turn = enqueue(shardId);
    try {
      turn.get();
    } catch (InterruptedException e) {
      // Leave the queue, so that no slot is granted to a shard that no longer waits for it.
      turn.cancel(false);
      throw e;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw new IdentifyQueueException(
          IdentifyQueueException.Kind.FAILED,
          "shard " + shardId + " may not identify: " + e.getCause(),
          e.getCause());
    } catch (CancellationException e) {
      throw new IdentifyQueueException(
          IdentifyQueueException.Kind.FAILED,
          "shard " + shardId + " may not identify: its request was cancelled",
          e);
    }
  }
}
