package dev.gloam.standby;

import static dev.gloam.standby.Events.CHANNEL;
import static dev.gloam.standby.Events.GUILD;
import static dev.gloam.standby.Events.OTHER_CHANNEL;
import static dev.gloam.standby.Events.OTHER_GUILD;
import static dev.gloam.standby.Events.USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gloam.model.application.interaction.MessageComponentData;
import dev.gloam.model.gateway.event.ChannelCreate;
import dev.gloam.model.gateway.event.Event;
import dev.gloam.model.gateway.event.InteractionCreate;
import dev.gloam.model.gateway.event.MessageCreate;
import dev.gloam.model.gateway.event.MessageReactionAdd;
import dev.gloam.model.gateway.event.TypingStart;
import dev.gloam.model.id.Id;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** One-time waits: which events reach them, what completes them, and how they go away. */
class OnceTest {
  private final Standby standby = new Standby();

  @Test
  void aPredicateWaitTakesTheFirstMatchOnly() {
    CompletableFuture<Event> future = standby.waitFor(e -> e instanceof TypingStart);

    assertThat(standby.process(Events.userUpdate())).isEqualTo(new ProcessResults(0, 0, 0, 0, 0));
    Event first = Events.typing(GUILD, USER);
    assertThat(standby.process(first)).isEqualTo(new ProcessResults(1, 1, 0, 0, 0));
    assertThat(future).isCompletedWithValue(first);
    assertThat(standby.process(Events.typing(GUILD, USER))).isEqualTo(ProcessResults.NONE);
    assertThat(standby.waiting()).isZero();
  }

  @Test
  void aTypedWaitOnlySeesItsType() {
    CompletableFuture<MessageCreate> future =
        standby.waitFor(MessageCreate.class, m -> m.content().equals("yes"));

    standby.process(Events.typing(GUILD, USER));
    standby.process(Events.message(CHANNEL, 1_100_000_000_000_001_000L, "no"));
    assertThat(future).isNotDone();
    standby.process(Events.message(CHANNEL, 1_100_000_000_000_001_001L, "yes"));
    assertThat(future.join().content()).isEqualTo("yes");
  }

  @Test
  void aGuildWaitSeesEveryKindOfEventOfItsGuildAndNoOther() {
    AtomicInteger tested = new AtomicInteger();
    CompletableFuture<Event> future =
        standby.waitForGuildEvent(
            Id.of(GUILD),
            e -> {
              tested.incrementAndGet();
              return e instanceof ChannelCreate;
            });

    standby.process(Events.channelCreate(OTHER_GUILD, OTHER_CHANNEL));
    standby.process(Events.userUpdate());
    assertThat(tested).hasValue(0);
    standby.process(Events.typing(GUILD, USER));
    assertThat(tested).hasValue(1);
    standby.process(Events.channelCreate(GUILD, OTHER_CHANNEL));
    assertThat(future.join()).isInstanceOf(ChannelCreate.class);
    assertThat(tested).hasValue(2);
  }

  @Test
  void aMessageWaitIsOnlyOfferedMessagesOfItsChannel() {
    AtomicInteger tested = new AtomicInteger();
    CompletableFuture<MessageCreate> future =
        standby.waitForMessage(
            Id.of(CHANNEL),
            m -> {
              tested.incrementAndGet();
              return m.author().id().value() == USER;
            });

    standby.process(Events.message(OTHER_CHANNEL, 1_100_000_000_000_002_000L, "elsewhere"));
    standby.process(Events.typing(GUILD, USER));
    assertThat(tested).hasValue(0);
    standby.process(Events.message(CHANNEL, 1_100_000_000_000_002_001L, "here"));
    assertThat(future.join().content()).isEqualTo("here");
  }

  @Test
  void aReactionWaitIsOnlyOfferedReactionsOnItsMessage() {
    long menu = 1_100_000_000_000_003_000L;
    CompletableFuture<MessageReactionAdd> future =
        standby.waitForReaction(Id.of(menu), r -> r.emoji().name().orElse("").equals("✅"));

    standby.process(Events.reaction(menu + 1, USER, "✅"));
    standby.process(Events.reaction(menu, USER, "❌"));
    assertThat(future).isNotDone();
    standby.process(Events.reaction(menu, USER, "✅"));
    assertThat(future.join().messageId().value()).isEqualTo(menu);
  }

  @Test
  void aComponentWaitIsOnlyOfferedPressesOnItsMessage() {
    long menu = 1_100_000_000_000_004_000L;
    CompletableFuture<InteractionCreate> future =
        standby.waitForComponent(Id.of(menu), i -> customId(i).equals("ok"));

    standby.process(Events.button(menu + 1, "ok"));
    standby.process(Events.button(menu, "cancel"));
    standby.process(Events.modal("ok"));
    assertThat(future).isNotDone();
    standby.process(Events.button(menu, "ok"));
    assertThat(customId(future.join())).isEqualTo("ok");
  }

  @Test
  void aComponentWaitByCustomIdSeesPressesOnAnyMessage() {
    long menu = 1_100_000_000_000_004_500L;
    CompletableFuture<InteractionCreate> future = standby.waitForComponent("vote:7", i -> true);

    standby.process(Events.button(menu, "vote:8"));
    standby.process(Events.modal("vote:7"));
    assertThat(future).isNotDone();
    assertThat(standby.process(Events.button(menu + 1, "vote:7")).fulfilled()).isEqualTo(1);
    assertThat(customId(future.join())).isEqualTo("vote:7");
    assertThat(future.join().interaction().message().orElseThrow().id().value())
        .isEqualTo(menu + 1);
  }

  @Test
  void aModalWaitIsOnlyOfferedSubmissionsOfItsCustomId() {
    CompletableFuture<InteractionCreate> future = standby.waitForModal("feedback", i -> true);

    standby.process(Events.modal("survey"));
    standby.process(Events.button(1_100_000_000_000_005_000L, "feedback"));
    assertThat(future).isNotDone();
    Event submitted = Events.modal("feedback");
    standby.process(submitted);
    assertThat(future).isCompletedWithValue((InteractionCreate) submitted);
  }

  @Test
  void aThrowingPredicateFailsOnlyItsOwnWait() {
    CompletableFuture<Event> broken =
        standby.waitFor(
            e -> {
              throw new IllegalStateException("bug in the bot");
            });
    CompletableFuture<Event> healthy = standby.waitFor(e -> true);

    Event event = Events.typing(GUILD, USER);
    assertThat(standby.process(event)).isEqualTo(new ProcessResults(1, 1, 0, 0, 1));

    assertThat(healthy).isCompletedWithValue(event);
    assertThatThrownBy(broken::join)
        .isInstanceOf(CompletionException.class)
        .cause()
        .isInstanceOfSatisfying(
            StandbyException.class,
            e -> assertThat(e.kind()).isEqualTo(StandbyException.Kind.PREDICATE_FAILED))
        .hasMessageContaining("TYPING_START")
        .cause()
        .hasMessage("bug in the bot");
    assertThat(standby.waiting()).isZero();
  }

  @Test
  void aCancelledWaitIsRemovedAtOnce() {
    CompletableFuture<Event> future = standby.waitFor(e -> true);
    assertThat(standby.waiting()).isEqualTo(1);

    future.cancel(false);

    assertThat(standby.waiting()).isZero();
    assertThat(standby.process(Events.typing(GUILD, USER))).isEqualTo(ProcessResults.NONE);
    assertThatThrownBy(future::join).isInstanceOf(CancellationException.class);
  }

  @Test
  void aTimedOutWaitFailsWithATimeoutAndIsRemoved() throws InterruptedException {
    CompletableFuture<MessageReactionAdd> future =
        standby
            .waitForReaction(Id.of(1_100_000_000_000_006_000L), r -> true)
            .orTimeout(50, TimeUnit.MILLISECONDS);

    assertThatThrownBy(() -> future.get(30, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .hasCauseInstanceOf(TimeoutException.class);
    assertThat(standby.waiting()).isZero();
  }

  @Test
  void aWaitCompletedBetweenLookupAndOfferIsDropped() {
    // Completion removes a waiter at once, but process() may already hold it from its lookup.
    Index<Object> index = new Index<>();
    OnceWaiter<Event> waiter = new OnceWaiter<>(Event.class, e -> true, index, "key");
    waiter.register();
    Waiter<?>[] lookedUp = index.get("key");
    waiter.future().complete(Events.userUpdate());

    assertThat(lookedUp[0].offer(Events.typing(GUILD, USER))).isEqualTo(Waiter.Outcome.DROPPED);
    assertThat(index.size()).isZero();
  }

  @Test
  void closingFailsEveryWaitAndEveryLaterOne() {
    CompletableFuture<Event> before = standby.waitFor(e -> true);

    standby.close();
    CompletableFuture<MessageCreate> after = standby.waitForMessage(Id.of(CHANNEL), m -> true);

    for (CompletableFuture<?> future : java.util.List.of(before, after)) {
      assertThatThrownBy(future::join)
          .cause()
          .isInstanceOfSatisfying(
              StandbyException.class,
              e -> assertThat(e.kind()).isEqualTo(StandbyException.Kind.CLOSED));
    }
    assertThat(standby.waiting()).isZero();
  }

  @Test
  void badArgumentsAreRefused() {
    assertThatThrownBy(() -> standby.waitFor(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> standby.waitForModal("", i -> true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("customId must not be empty");
    assertThatThrownBy(() -> standby.process(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Standby(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("streamCapacity must be at least 1, but was 0");
  }

  private static String customId(InteractionCreate create) {
    return ((MessageComponentData) create.interaction().data().orElseThrow()).customId();
  }
}
