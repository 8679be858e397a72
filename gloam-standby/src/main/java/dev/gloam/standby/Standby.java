package dev.gloam.standby;

import dev.gloam.model.application.interaction.Interaction;
import dev.gloam.model.application.interaction.InteractionType;
import dev.gloam.model.application.interaction.MessageComponentData;
import dev.gloam.model.application.interaction.ModalSubmitData;
import dev.gloam.model.gateway.event.Event;
import dev.gloam.model.gateway.event.InteractionCreate;
import dev.gloam.model.gateway.event.MessageCreate;
import dev.gloam.model.gateway.event.MessageReactionAdd;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.MessageMarker;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

/**
 * Lets a program wait inline for gateway events: "the next reaction on this message", "the next
 * message in this channel from this user", "every button press on this menu". The event loop hands
 * every event to {@link #process}, which offers it to the waits it may concern; a wait is either
 * once (a {@link CompletableFuture}) or a stream ({@link EventStream}).
 *
 * <pre>{@code
 * Standby standby = new Standby();
 * for (Event event : shard.events(EventTypeFlags.all())) {
 *   standby.process(event);
 *   Thread.startVirtualThread(() -> handle(event));
 * }
 *
 * // in a handler, on its own virtual thread:
 * MessageReactionAdd reaction =
 *     standby.waitForReaction(menu.id(), r -> r.userId().equals(author))
 *         .orTimeout(30, TimeUnit.SECONDS)
 *         .join();
 * }</pre>
 *
 * <p><b>Threads.</b> Predicates run on the thread that calls {@code process}, so they should be
 * quick; one that throws ends its own wait with {@link StandbyException.Kind#PREDICATE_FAILED} and
 * nothing else. A future is completed on that thread too, so dependent stages added without {@code
 * Async} run there: block on {@code join()} from a virtual thread, or use the {@code Async}
 * variants. {@code process} may be called from several shards' threads at once; a one-time wait is
 * completed by exactly one event.
 *
 * <p><b>Cleanup.</b> A future that is cancelled, times out ({@code orTimeout}) or is completed
 * elsewhere is removed at once; so is a stream that is closed. A stream its program forgot without
 * closing is removed when the next event reaches it. {@link #close()} ends every wait.
 *
 * <p>There is no counterpart in Discord's documentation: this is a library facility over the
 * gateway's events (gateway, "Receive Events").
 */
public final class Standby implements AutoCloseable {
  /** How many unread events a stream holds by default before it ends with an overflow. */
  public static final int DEFAULT_STREAM_CAPACITY = 1024;

  private static final Object ANY = "any";

  private final int streamCapacity;
  private final Index<Object> any = new Index<>();
  private final Index<Object> guilds = new Index<>();
  private final Index<Object> channels = new Index<>();
  private final Index<Object> reactions = new Index<>();
  private final Index<Object> components = new Index<>();
  private final Index<Object> componentIds = new Index<>();
  private final Index<Object> modals = new Index<>();
  private volatile boolean closed;

  /** Makes a standby whose streams hold up to {@value #DEFAULT_STREAM_CAPACITY} unread events. */
  public Standby() {
    this(DEFAULT_STREAM_CAPACITY);
  }

  /**
   * Makes a standby whose streams hold up to {@code streamCapacity} unread events each.
   *
   * @param streamCapacity how far a stream's reader may fall behind before the stream ends
   * @throws IllegalArgumentException if the capacity is below 1
   */
  public Standby(int streamCapacity) {
    if (streamCapacity < 1) {
      throw new IllegalArgumentException(
          "streamCapacity must be at least 1, but was " + streamCapacity);
    }
    this.streamCapacity = streamCapacity;
  }

  /**
   * Offers an event to every wait it may concern, on the calling thread. Call it for every event
   * the program receives, in the order received; it never throws because of a predicate.
   *
   * @param event the event
   * @return what was matched, completed, streamed, dropped and failed
   */
  public ProcessResults process(Event event) {
    Objects.requireNonNull(event, "event");
    Tally tally = new Tally();
    tally.offer(any.get(ANY), event);
    long guild = EventGuild.of(event);
    if (guild != 0) {
      tally.offer(guilds.get(guild), event);
    }
    switch (event) {
      case MessageCreate message -> tally.offer(channels.get(message.channelId().value()), event);
      case MessageReactionAdd reaction ->
          tally.offer(reactions.get(reaction.messageId().value()), event);
      case InteractionCreate create -> offerInteraction(create.interaction(), event, tally);
      default -> {}
    }
    return tally.results();
  }

  private void offerInteraction(Interaction interaction, Event event, Tally tally) {
    if (interaction.type().equals(InteractionType.MESSAGE_COMPONENT)) {
      interaction
          .message()
          .ifPresent(message -> tally.offer(components.get(message.id().value()), event));
      if (interaction.data().orElse(null) instanceof MessageComponentData data) {
        tally.offer(componentIds.get(data.customId()), event);
      }
    } else if (interaction.type().equals(InteractionType.MODAL_SUBMIT)
        && interaction.data().orElse(null) instanceof ModalSubmitData data) {
      tally.offer(modals.get(data.customId()), event);
    }
  }

  /**
   * Waits for the next event that the predicate accepts.
   *
   * @param predicate the test, run on the thread that calls {@link #process}
   * @return a future completed with the event
   */
  public CompletableFuture<Event> waitFor(Predicate<? super Event> predicate) {
    return once(Event.class, predicate, any, ANY);
  }

  /**
   * Waits for the next event of a type that the predicate accepts.
   *
   * <pre>{@code
   * GuildMemberAdd joined =
   *     standby.waitFor(GuildMemberAdd.class, m -> m.guildId().equals(guildId)).join();
   * }</pre>
   *
   * @param type the event's class, such as {@code MessageUpdate.class}
   * @param predicate the test
   * @param <E> the type of the event
   * @return a future completed with the event
   */
  public <E extends Event> CompletableFuture<E> waitFor(
      Class<E> type, Predicate<? super E> predicate) {
    return once(type, predicate, any, ANY);
  }

  /**
   * Waits for the next event of a guild that the predicate accepts: any event that names the guild,
   * such as a member joining, a message or a role change.
   *
   * @param guildId the guild
   * @param predicate the test
   * @return a future completed with the event
   */
  public CompletableFuture<Event> waitForGuildEvent(
      Id<GuildMarker> guildId, Predicate<? super Event> predicate) {
    return once(Event.class, predicate, guilds, guildId.value());
  }

  /**
   * Waits for the next message in a channel that the predicate accepts.
   *
   * @param channelId the channel
   * @param predicate the test, for example on the author
   * @return a future completed with the {@code MESSAGE_CREATE}
   */
  public CompletableFuture<MessageCreate> waitForMessage(
      Id<ChannelMarker> channelId, Predicate<? super MessageCreate> predicate) {
    return once(MessageCreate.class, predicate, channels, channelId.value());
  }

  /**
   * Waits for the next reaction added to a message that the predicate accepts.
   *
   * @param messageId the message
   * @param predicate the test, for example on the user or the emoji
   * @return a future completed with the {@code MESSAGE_REACTION_ADD}
   */
  public CompletableFuture<MessageReactionAdd> waitForReaction(
      Id<MessageMarker> messageId, Predicate<? super MessageReactionAdd> predicate) {
    return once(MessageReactionAdd.class, predicate, reactions, messageId.value());
  }

  /**
   * Waits for the next component interaction (button press or select) on a message that the
   * predicate accepts. The interaction still has to be answered within Discord's three seconds.
   *
   * @param messageId the message that carries the components
   * @param predicate the test, for example on the custom id or the user
   * @return a future completed with the {@code INTERACTION_CREATE}
   */
  public CompletableFuture<InteractionCreate> waitForComponent(
      Id<MessageMarker> messageId, Predicate<? super InteractionCreate> predicate) {
    return once(InteractionCreate.class, predicate, components, messageId.value());
  }

  /**
   * Waits for the next component interaction with the given custom id that the predicate accepts,
   * on whichever message. Unlike a wait by message, it can be made before the message is posted, so
   * no press can come before the wait; give the components of each prompt their own custom ids.
   *
   * @param customId the button's or select's custom id
   * @param predicate the test, for example on the user
   * @return a future completed with the {@code INTERACTION_CREATE}
   */
  public CompletableFuture<InteractionCreate> waitForComponent(
      String customId, Predicate<? super InteractionCreate> predicate) {
    return once(InteractionCreate.class, predicate, componentIds, customId(customId));
  }

  /**
   * Waits for the next submission of a modal with the given custom id that the predicate accepts.
   *
   * @param customId the modal's custom id
   * @param predicate the test, for example on the user
   * @return a future completed with the {@code INTERACTION_CREATE}
   */
  public CompletableFuture<InteractionCreate> waitForModal(
      String customId, Predicate<? super InteractionCreate> predicate) {
    return once(InteractionCreate.class, predicate, modals, customId(customId));
  }

  /**
   * Streams every event that the predicate accepts, from now until the stream is closed.
   *
   * @param predicate the test
   * @return the stream; close it when done
   */
  public EventStream<Event> stream(Predicate<? super Event> predicate) {
    return stream(Event.class, predicate, any, ANY);
  }

  /**
   * Streams every event of a type that the predicate accepts.
   *
   * @param type the event's class
   * @param predicate the test
   * @param <E> the type of the events
   * @return the stream; close it when done
   */
  public <E extends Event> EventStream<E> stream(Class<E> type, Predicate<? super E> predicate) {
    return stream(type, predicate, any, ANY);
  }

  /**
   * Streams every event of a guild that the predicate accepts.
   *
   * @param guildId the guild
   * @param predicate the test
   * @return the stream; close it when done
   */
  public EventStream<Event> streamGuildEvents(
      Id<GuildMarker> guildId, Predicate<? super Event> predicate) {
    return stream(Event.class, predicate, guilds, guildId.value());
  }

  /**
   * Streams every message in a channel that the predicate accepts.
   *
   * @param channelId the channel
   * @param predicate the test
   * @return the stream; close it when done
   */
  public EventStream<MessageCreate> streamMessages(
      Id<ChannelMarker> channelId, Predicate<? super MessageCreate> predicate) {
    return stream(MessageCreate.class, predicate, channels, channelId.value());
  }

  /**
   * Streams every reaction added to a message that the predicate accepts.
   *
   * @param messageId the message
   * @param predicate the test
   * @return the stream; close it when done
   */
  public EventStream<MessageReactionAdd> streamReactions(
      Id<MessageMarker> messageId, Predicate<? super MessageReactionAdd> predicate) {
    return stream(MessageReactionAdd.class, predicate, reactions, messageId.value());
  }

  /**
   * Streams every component interaction on a message that the predicate accepts.
   *
   * @param messageId the message that carries the components
   * @param predicate the test
   * @return the stream; close it when done
   */
  public EventStream<InteractionCreate> streamComponents(
      Id<MessageMarker> messageId, Predicate<? super InteractionCreate> predicate) {
    return stream(InteractionCreate.class, predicate, components, messageId.value());
  }

  /**
   * Streams every component interaction with the given custom id that the predicate accepts, on
   * whichever message.
   *
   * @param customId the button's or select's custom id
   * @param predicate the test
   * @return the stream; close it when done
   */
  public EventStream<InteractionCreate> streamComponents(
      String customId, Predicate<? super InteractionCreate> predicate) {
    return stream(InteractionCreate.class, predicate, componentIds, customId(customId));
  }

  /**
   * Streams every submission of a modal with the given custom id that the predicate accepts.
   *
   * @param customId the modal's custom id
   * @param predicate the test
   * @return the stream; close it when done
   */
  public EventStream<InteractionCreate> streamModals(
      String customId, Predicate<? super InteractionCreate> predicate) {
    return stream(InteractionCreate.class, predicate, modals, customId(customId));
  }

  /**
   * Counts the waits that are registered: futures not yet completed and streams not yet closed (a
   * forgotten stream counts until an event reaches it).
   *
   * @return the number of waits
   */
  public int waiting() {
    return any.size()
        + guilds.size()
        + channels.size()
        + reactions.size()
        + components.size()
        + componentIds.size()
        + modals.size();
  }

  /**
   * Ends every wait: futures fail and streams end, both with {@link StandbyException.Kind#CLOSED},
   * and waits made afterwards end at once. Use it when the event loop stops, so that no handler
   * waits forever.
   */
  @Override
  public void close() {
    closed = true;
    StandbyException reason =
        new StandbyException(StandbyException.Kind.CLOSED, "the standby was closed");
    for (Index<Object> index :
        List.of(any, guilds, channels, reactions, components, componentIds, modals)) {
      index.forEach(
          waiter -> {
            waiter.deregister();
            waiter.end(reason);
          });
    }
  }

  private <E extends Event> CompletableFuture<E> once(
      Class<E> type, Predicate<? super E> predicate, Index<Object> index, Object key) {
    OnceWaiter<E> waiter =
        new OnceWaiter<>(type, Objects.requireNonNull(predicate, "predicate"), index, key);
    waiter.register();
    if (closed) {
      waiter.deregister();
      waiter.end(new StandbyException(StandbyException.Kind.CLOSED, "the standby was closed"));
    }
    return waiter.future();
  }

  private <E extends Event> EventStream<E> stream(
      Class<E> type, Predicate<? super E> predicate, Index<Object> index, Object key) {
    StreamBuffer<E> buffer = new StreamBuffer<>(streamCapacity);
    StreamWaiter<E> waiter =
        new StreamWaiter<>(
            type, Objects.requireNonNull(predicate, "predicate"), index, key, buffer);
    EventStream<E> stream = new EventStream<>(buffer, waiter::deregister);
    waiter.owner(stream);
    waiter.register();
    if (closed) {
      waiter.deregister();
      waiter.end(new StandbyException(StandbyException.Kind.CLOSED, "the standby was closed"));
    }
    return stream;
  }

  private static String customId(String customId) {
    Objects.requireNonNull(customId, "customId");
    if (customId.isEmpty()) {
      throw new IllegalArgumentException("customId must not be empty");
    }
    return customId;
  }

  /** Counts what offering one event to the waits came to. */
  private static final class Tally {
    private int matched;
    private int fulfilled;
    private int streamed;
    private int dropped;
    private int failed;

    void offer(Waiter<?>[] waiters, Event event) {
      for (Waiter<?> waiter : waiters) {
        switch (waiter.offer(event)) {
          case NO_MATCH -> {}
          case FULFILLED -> {
            matched++;
            fulfilled++;
          }
          case STREAMED -> {
            matched++;
            streamed++;
          }
          case DROPPED -> dropped++;
          case FAILED -> failed++;
        }
      }
    }

    ProcessResults results() {
      return matched + dropped + failed == 0
          ? ProcessResults.NONE
          : new ProcessResults(matched, fulfilled, streamed, dropped, failed);
    }
  }
}
