package dev.gloam.standby;

import static dev.gloam.standby.Events.CHANNEL;
import static dev.gloam.standby.Events.GUILD;
import static dev.gloam.standby.Events.USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gloam.model.gateway.event.Event;
import dev.gloam.model.gateway.event.InteractionCreate;
import dev.gloam.model.gateway.event.MessageCreate;
import dev.gloam.model.gateway.event.TypingStart;
import dev.gloam.model.id.Id;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Streams: every match in order, bounded buffers, and the ways a stream ends. */
@Timeout(60)
class StreamTest {
  private static final long FIRST_ID = 1_100_000_000_000_010_000L;

  private final Standby standby = new Standby();

  @Test
  void eventsThatArriveBetweenReadsAreKeptInOrder() throws InterruptedException {
    try (EventStream<MessageCreate> stream =
        standby.streamMessages(Id.of(CHANNEL), m -> !m.content().equals("skip"))) {
      standby.process(Events.message(CHANNEL, FIRST_ID, "one"));
      standby.process(Events.message(CHANNEL, FIRST_ID + 1, "skip"));
      standby.process(Events.message(CHANNEL, FIRST_ID + 2, "two"));
      assertThat(stream.take().content()).isEqualTo("one");
      standby.process(Events.message(CHANNEL, FIRST_ID + 3, "three"));
      assertThat(stream.take().content()).isEqualTo("two");
      assertThat(stream.take().content()).isEqualTo("three");
      assertThat(stream.poll(Duration.ZERO)).isEmpty();
    }
  }

  @Test
  void aReaderOnAnotherThreadSeesEveryEventOnceAndInOrder() throws InterruptedException {
    int count = 10_000;
    // Room for all of them, so that the reader may fall any distance behind on a busy machine.
    Standby roomy = new Standby(count);
    List<String> seen = new ArrayList<>();
    EventStream<MessageCreate> stream = roomy.streamMessages(Id.of(CHANNEL), m -> true);
    Thread reader =
        Thread.ofVirtual()
            .start(
                () -> {
                  for (MessageCreate message : stream) {
                    seen.add(message.content());
                    if (seen.size() == count) {
                      stream.close();
                    }
                  }
                });
    List<String> sent = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      sent.add(Integer.toString(i));
      roomy.process(Events.message(CHANNEL, FIRST_ID + i, sent.get(i)));
    }

    assertThat(reader.join(Duration.ofSeconds(30))).isTrue();
    assertThat(seen).isEqualTo(sent);
  }

  @Test
  void aStreamByCustomIdAndOneByMessageBothSeeAPress() throws InterruptedException {
    long menu = FIRST_ID + 500;
    try (EventStream<InteractionCreate> byId = standby.streamComponents("next", i -> true);
        EventStream<InteractionCreate> byMessage =
            standby.streamComponents(Id.of(menu), i -> true)) {
      assertThat(standby.process(Events.button(menu, "next")).streamed()).isEqualTo(2);
      assertThat(standby.process(Events.button(menu, "back")).streamed()).isEqualTo(1);

      assertThat(byId.take().interaction().message().orElseThrow().id().value()).isEqualTo(menu);
      assertThat(byId.poll(Duration.ZERO)).isEmpty();
      assertThat(byMessage.take()).isNotNull();
      assertThat(byMessage.take()).isNotNull();
    }
    assertThat(standby.waiting()).isZero();
  }

  @Test
  void closingWakesAWaitingReaderAndEndsIteration() throws InterruptedException {
    EventStream<Event> stream = standby.stream(e -> true);
    List<Event> seen = new ArrayList<>();
    CountDownLatch started = new CountDownLatch(1);
    Thread reader =
        Thread.ofVirtual()
            .start(
                () -> {
                  started.countDown();
                  stream.forEach(seen::add);
                });
    assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();

    stream.close();

    assertThat(reader.join(Duration.ofSeconds(30))).isTrue();
    assertThat(seen).isEmpty();
    assertThat(stream.isClosed()).isTrue();
    assertThat(standby.waiting()).isZero();
    assertThat(standby.process(Events.typing(GUILD, USER))).isEqualTo(ProcessResults.NONE);
    assertThatThrownBy(stream::take)
        .isInstanceOfSatisfying(
            StandbyException.class,
            e -> assertThat(e.kind()).isEqualTo(StandbyException.Kind.CLOSED));
  }

  @Test
  void pollGivesUpAfterItsTimeout() throws InterruptedException {
    try (EventStream<TypingStart> stream = standby.stream(TypingStart.class, t -> true)) {
      assertThat(stream.poll(Duration.ofMillis(20))).isEmpty();
      standby.process(Events.typing(GUILD, USER));
      assertThat(stream.poll(Duration.ofSeconds(30))).isPresent();
    }
  }

  @Test
  void aReaderThatFallsBehindGetsWhatWasBufferedThenAnOverflow() throws InterruptedException {
    Standby small = new Standby(3);
    EventStream<MessageCreate> stream = small.streamMessages(Id.of(CHANNEL), m -> true);
    for (int i = 0; i < 3; i++) {
      assertThat(small.process(Events.message(CHANNEL, FIRST_ID + i, "m" + i)).streamed())
          .isEqualTo(1);
    }

    assertThat(small.process(Events.message(CHANNEL, FIRST_ID + 3, "m3")))
        .isEqualTo(new ProcessResults(0, 0, 0, 0, 1));
    assertThat(small.waiting()).isZero();

    assertThat(stream.take().content()).isEqualTo("m0");
    assertThat(stream.take().content()).isEqualTo("m1");
    assertThat(stream.take().content()).isEqualTo("m2");
    assertThatThrownBy(stream::take)
        .isInstanceOfSatisfying(
            StandbyException.class,
            e -> assertThat(e.kind()).isEqualTo(StandbyException.Kind.OVERFLOW))
        .hasMessageContaining("3 events behind");
    assertThat(stream.isClosed()).isTrue();
  }

  @Test
  void aThrowingPredicateEndsTheStreamAfterWhatItBuffered() {
    EventStream<Event> stream =
        standby.stream(
            e -> {
              if (e instanceof TypingStart) {
                throw new IllegalArgumentException("cannot judge typing");
              }
              return true;
            });
    standby.process(Events.userUpdate());
    assertThat(standby.process(Events.typing(GUILD, USER)).failed()).isEqualTo(1);

    var iterator = stream.iterator();
    assertThat(iterator.next().kind().name()).isEqualTo("USER_UPDATE");
    assertThatThrownBy(iterator::hasNext)
        .isInstanceOfSatisfying(
            StandbyException.class,
            e -> assertThat(e.kind()).isEqualTo(StandbyException.Kind.PREDICATE_FAILED))
        .cause()
        .hasMessage("cannot judge typing");
  }

  @Test
  void aStreamItsProgramForgotIsDroppedByTheNextEvent() throws InterruptedException {
    forget(standby);
    assertThat(standby.waiting()).isEqualTo(1);

    int dropped = 0;
    for (int attempt = 0; attempt < 100 && dropped == 0; attempt++) {
      System.gc();
      Thread.sleep(10);
      dropped = standby.process(Events.typing(GUILD, USER)).dropped();
    }

    assertThat(dropped).isEqualTo(1);
    assertThat(standby.waiting()).isZero();
  }

  @Test
  void closingTheStandbyEndsStreamsAfterTheirBuffer() throws InterruptedException {
    EventStream<Event> stream = standby.streamGuildEvents(Id.of(GUILD), e -> true);
    standby.process(Events.typing(GUILD, USER));

    standby.close();

    assertThat(stream.take()).isInstanceOf(TypingStart.class);
    assertThatThrownBy(() -> stream.poll(Duration.ofSeconds(1)))
        .isInstanceOfSatisfying(
            StandbyException.class,
            e -> assertThat(e.kind()).isEqualTo(StandbyException.Kind.CLOSED))
        .hasMessage("the standby was closed");
    EventStream<Event> later = standby.stream(e -> true);
    assertThatThrownBy(() -> later.iterator().hasNext()).isInstanceOf(StandbyException.class);
  }

  @Test
  void anInterruptedReaderGetsAnInterruptedKindAndKeepsItsFlag() throws InterruptedException {
    EventStream<Event> stream = standby.stream(e -> true);
    List<Object> outcome = new ArrayList<>();
    Thread reader =
        Thread.ofVirtual()
            .unstarted(
                () -> {
                  Thread.currentThread().interrupt();
                  try {
                    stream.iterator().hasNext();
                  } catch (StandbyException e) {
                    outcome.add(e.kind());
                    outcome.add(Thread.currentThread().isInterrupted());
                  }
                });
    reader.start();
    assertThat(reader.join(Duration.ofSeconds(30))).isTrue();
    assertThat(outcome).containsExactly(StandbyException.Kind.INTERRUPTED, true);
    stream.close();
  }

  private static void forget(Standby standby) {
    standby.stream(e -> true);
  }
}
