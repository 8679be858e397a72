package dev.gloam.testkit;

import dev.gloam.testkit.internal.world.interaction.PendingInteraction;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * An interaction the human started (a slash command, a button, a select menu or a modal), as
 * INTERACTION_CREATE sent it to the bot, with a way to wait for the bot's answer.
 *
 * <pre>{@code
 * HumanInteraction ping = discord.humanUsesCommand(discord.channelId(), "ping", Map.of());
 * InteractionResponse answer = ping.awaitResponse(Duration.ofSeconds(10));
 * assertThat(answer.content()).isEqualTo("Pong!");
 * }</pre>
 *
 * <p>The interaction's token is never exposed here: the bot reads it from the gateway event.
 */
public final class HumanInteraction {

  private final PendingInteraction interaction;

  HumanInteraction(PendingInteraction interaction) {
    this.interaction = Objects.requireNonNull(interaction, "interaction");
  }

  /**
   * Returns the interaction's id, as in INTERACTION_CREATE.
   *
   * @return the snowflake
   */
  public long id() {
    return interaction.id();
  }

  /**
   * Returns the interaction type: 2 for a command, 3 for a component, 5 for a modal submit.
   *
   * @return the type
   */
  public int type() {
    return interaction.type();
  }

  /**
   * Returns the channel the interaction happened in.
   *
   * @return the channel's snowflake
   */
  public long channelId() {
    return interaction.channelId();
  }

  /**
   * Blocks until the bot answers with {@code POST /interactions/{id}/{token}/callback}, returning
   * at once if it already has.
   *
   * @param timeout how long to wait at most
   * @return the bot's answer
   * @throws TestkitException of kind TIMEOUT if the bot did not answer in time, or INTERRUPTED
   */
  public InteractionResponse awaitResponse(Duration timeout) {
    Objects.requireNonNull(timeout, "timeout");
    try {
      return interaction.response().get(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      throw new TestkitException(
          TestkitException.Kind.TIMEOUT, "the bot did not answer " + this + " within " + timeout);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TestkitException(
          TestkitException.Kind.INTERRUPTED, "interrupted while waiting for an answer", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("an interaction's answer never fails", e);
    }
  }

  PendingInteraction pending() {
    return interaction;
  }

  /**
   * Describes the interaction without its token.
   *
   * @return the id and type
   */
  @Override
  public String toString() {
    return "HumanInteraction[id=" + Long.toUnsignedString(id()) + ", type=" + type() + "]";
  }
}
