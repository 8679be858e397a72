package dev.gloam.util.builder.interaction;

import dev.gloam.model.application.interaction.DeferredChannelMessageWithSourceResponse;
import dev.gloam.model.application.interaction.DeferredUpdateMessageResponse;
import dev.gloam.model.application.interaction.InteractionCallbackMessageData;
import dev.gloam.model.application.interaction.LaunchActivityResponse;
import dev.gloam.model.application.interaction.PongResponse;
import dev.gloam.model.application.interaction.PremiumRequiredResponse;
import dev.gloam.model.channel.message.MessageFlags;
import java.util.Optional;

/**
 * The interaction responses that take no message, suggestions or modal
 * (interactions/receiving-and-responding, "Interaction Callback Type"): acknowledgements and the
 * Activity launch.
 *
 * <pre>{@code
 * InteractionResponse thinking = InteractionResponses.deferredChannelMessageWithSource(true);
 * }</pre>
 */
public final class InteractionResponses {
  private InteractionResponses() {}

  /**
   * Answers a {@code PING} (type 1), as an HTTP interactions endpoint must.
   *
   * @return the response
   */
  public static PongResponse pong() {
    return new PongResponse();
  }

  /**
   * Acknowledges now and sends the message later by editing the original response (type 5); the
   * user sees a loading state. The only flag allowed here is {@code EPHEMERAL}.
   *
   * @param ephemeral whether only the user will see the message
   * @return the response
   */
  public static DeferredChannelMessageWithSourceResponse deferredChannelMessageWithSource(
      boolean ephemeral) {
    if (!ephemeral) {
      return new DeferredChannelMessageWithSourceResponse(Optional.empty());
    }
    return new DeferredChannelMessageWithSourceResponse(
        Optional.of(
            new InteractionCallbackMessageData(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(MessageFlags.EPHEMERAL),
                Optional.empty(),
                Optional.empty(),
                Optional.empty())));
  }

  /**
   * Acknowledges a component interaction now and edits its message later, without a loading state
   * (type 6).
   *
   * @return the response
   */
  public static DeferredUpdateMessageResponse deferredUpdateMessage() {
    return new DeferredUpdateMessageResponse();
  }

  /**
   * Launches the app's Activity (type 12); only for apps with Activities.
   *
   * @return the response
   */
  public static LaunchActivityResponse launchActivity() {
    return new LaunchActivityResponse();
  }

  /**
   * Answers with a button to upgrade, for monetized apps (type 10).
   *
   * @return the response
   * @deprecated Discord deprecated this response; it documents a premium button component (a button
   *     with a {@code sku_id}) in a message response instead.
   */
  @Deprecated
  public static PremiumRequiredResponse premiumRequired() {
    return new PremiumRequiredResponse();
  }
}
