package dev.gloam.standby;

import dev.gloam.model.gateway.event.Event;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

/** A wait for one event, completed through a future. */
final class OnceWaiter<E extends Event> extends Waiter<E> {
  private final CompletableFuture<E> future = new CompletableFuture<>();

  OnceWaiter(Class<E> type, Predicate<? super E> predicate, Index<Object> index, Object key) {
    super(type, predicate, index, key);
    // Cancelling, a timeout or any other completion removes the waiter at once, so a forgotten
    // wait costs nothing until the next matching event.
    future.whenComplete((event, failure) -> deregister());
  }

  CompletableFuture<E> future() {
    return future;
  }

  @Override
  boolean isGone() {
    return future.isDone();
  }

  @Override
  Outcome deliver(E event) {
    // When two shards race for the same waiter only one completion wins; the loser did nothing.
    return future.complete(event) ? Outcome.FULFILLED : Outcome.NO_MATCH;
  }

  @Override
  void end(StandbyException reason) {
    future.completeExceptionally(reason);
  }
}
