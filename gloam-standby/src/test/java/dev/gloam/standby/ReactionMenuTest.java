package dev.gloam.standby;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gloam.gateway.Config;
import dev.gloam.gateway.Shard;
import dev.gloam.http.Client;
import dev.gloam.model.application.interaction.MessageComponentData;
import dev.gloam.model.channel.message.Message;
import dev.gloam.model.channel.message.component.ActionRow;
import dev.gloam.model.channel.message.component.Button;
import dev.gloam.model.channel.message.component.ButtonStyle;
import dev.gloam.model.gateway.Intents;
import dev.gloam.model.gateway.ShardId;
import dev.gloam.model.gateway.event.Event;
import dev.gloam.model.gateway.event.EventTypeFlags;
import dev.gloam.model.gateway.event.InteractionCreate;
import dev.gloam.model.gateway.event.MessageCreate;
import dev.gloam.model.gateway.event.MessageReactionAdd;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.MessageMarker;
import dev.gloam.testkit.HumanInteraction;
import dev.gloam.testkit.InteractionResponse;
import dev.gloam.testkit.OfflineDiscord;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A reaction menu against a real shard: the offline Discord's human reacts and presses buttons, the
 * shard delivers the events, and the standby hands them to the waits of the menu.
 */
@Timeout(120)
class ReactionMenuTest {
  private static final Duration WAIT = Duration.ofSeconds(30);

  private OfflineDiscord discord;
  private Client http;
  private Shard shard;
  private Standby standby;
  private Thread loop;
  private final LinkedBlockingQueue<Processed> processed = new LinkedBlockingQueue<>();

  /** An event and what the standby did with it, as the event loop saw it. */
  private record Processed(Event event, ProcessResults results) {}

  @BeforeEach
  void connect() {
    discord = OfflineDiscord.start();
    http = Client.builder().token(discord.botToken()).baseUrl(discord.restUrl()).build();
    shard =
        Shard.create(
            ShardId.ONE,
            Config.builder(
                    discord.botToken(),
                    Intents.GUILDS.with(Intents.GUILD_MESSAGES, Intents.GUILD_MESSAGE_REACTIONS))
                .gatewayUrl(discord.gatewayUrl())
                .build());
    standby = new Standby();
    loop =
        Thread.ofVirtual()
            .name("event-loop")
            .start(
                () -> {
                  for (Event event : shard.events(EventTypeFlags.all())) {
                    processed.add(new Processed(event, standby.process(event)));
                  }
                });
    discord.awaitSessions(1, WAIT);
  }

  @AfterEach
  void disconnect() throws InterruptedException {
    shard.close();
    assertThat(loop.join(WAIT)).isTrue();
    standby.close();
    http.close();
    discord.close();
  }

  @Test
  void theMenuWaitsForAReactionThenForAButtonPress() throws Exception {
    Message menu = postMenu("Pick a fruit, then confirm", "confirm", "cancel");
    long human = discord.humanUserId();
    CompletableFuture<MessageReactionAdd> reaction =
        standby
            .waitForReaction(menu.id(), r -> r.userId().value() == human)
            .orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS);

    discord.humanReacts(discord.channelId(), menu.id().value(), "🍎");

    assertThat(reaction.get().emoji().name()).contains("🍎");
    CompletableFuture<InteractionCreate> press =
        standby
            .waitForComponent(menu.id(), i -> customId(i).equals("confirm"))
            .orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS);
    HumanInteraction pressed =
        discord.humanPressesButton(discord.channelId(), menu.id().value(), "confirm");
    InteractionCreate create = press.get();
    assertThat(customId(create)).isEqualTo("confirm");
    assertThat(create.interaction().id().value()).isEqualTo(pressed.id());

    http.interaction(create.interaction().applicationId())
        .createResponse(create.interaction().id(), create.interaction().token())
        .updateMessage(m -> m.content("You picked 🍎"))
        .send();
    InteractionResponse answer = pressed.awaitResponse(WAIT);
    assertThat(answer.type()).isEqualTo(InteractionResponse.UPDATE_MESSAGE);
    assertThat(answer.content()).isEqualTo("You picked 🍎");
    assertThat(standby.waiting()).isZero();
  }

  @Test
  void nobodyAnsweringTimesTheMenuOutAndALateReactionFindsNoWait() throws Exception {
    Message menu = postMenu("Anyone?", "yes");
    CompletableFuture<MessageReactionAdd> reaction =
        standby.waitForReaction(menu.id(), r -> true).orTimeout(100, TimeUnit.MILLISECONDS);

    assertThatThrownBy(() -> reaction.get(WAIT.toSeconds(), TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .hasCauseInstanceOf(TimeoutException.class);
    assertThat(standby.waiting()).isZero();

    discord.humanReacts(discord.channelId(), menu.id().value(), "👋");
    Processed late = next(MessageReactionAdd.class);
    assertThat(late.results()).isEqualTo(ProcessResults.NONE);
  }

  @Test
  void aStreamOfPressesSeesEveryPressInOrder() throws Exception {
    Message counter = postMenu("Count: 0", "up", "down");
    List<String> pressed = List.of("up", "up", "down", "up");
    List<String> seen = new ArrayList<>();
    try (EventStream<InteractionCreate> presses =
        standby.streamComponents(counter.id(), i -> true)) {
      for (String customId : pressed) {
        // The human presses without waiting for answers; the stream keeps them all.
        discord.humanPressesButton(discord.channelId(), counter.id().value(), customId);
      }
      Optional<InteractionCreate> press;
      while (seen.size() < pressed.size() && (press = presses.poll(WAIT)).isPresent()) {
        seen.add(customId(press.get()));
      }
    }
    assertThat(seen).isEqualTo(pressed);
    assertThat(standby.waiting()).isZero();
  }

  private Message postMenu(String text, String... customIds) {
    List<Button> buttons = new ArrayList<>();
    for (String customId : customIds) {
      buttons.add(
          new Button(
              Optional.empty(),
              ButtonStyle.PRIMARY,
              Optional.of(customId),
              Optional.empty(),
              Optional.of(customId),
              Optional.empty(),
              Optional.empty(),
              Optional.empty()));
    }
    Id<ChannelMarker> channel = Id.of(discord.channelId());
    Message menu =
        http.createMessage(channel)
            .content(text)
            .components(new ActionRow(Optional.empty(), List.copyOf(buttons)))
            .send()
            .model();
    // The shard must have delivered the menu's own MESSAGE_CREATE before the human acts, so that
    // the order of events is the order in which the test caused them.
    Id<MessageMarker> id = menu.id();
    next(e -> e instanceof MessageCreate m && m.message().id().equals(id));
    return menu;
  }

  private Processed next(Class<? extends Event> type) {
    return next(type::isInstance);
  }

  private Processed next(Predicate<Event> wanted) {
    try {
      for (int i = 0; i < 1_000; i++) {
        Processed one = processed.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
        if (one == null) {
          throw new AssertionError("no matching event within " + WAIT);
        }
        if (wanted.test(one.event())) {
          return one;
        }
      }
      throw new AssertionError("no matching event among the next 1000");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static String customId(InteractionCreate create) {
    return ((MessageComponentData) create.interaction().data().orElseThrow()).customId();
  }
}
