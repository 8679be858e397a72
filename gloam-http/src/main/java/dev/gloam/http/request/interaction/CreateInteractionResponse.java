package dev.gloam.http.request.interaction;

import dev.gloam.http.request.Request;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.RequestBody;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.application.command.CommandOptionChoice;
import dev.gloam.model.application.interaction.AutocompleteResultResponse;
import dev.gloam.model.application.interaction.ChannelMessageWithSourceResponse;
import dev.gloam.model.application.interaction.DeferredChannelMessageWithSourceResponse;
import dev.gloam.model.application.interaction.DeferredUpdateMessageResponse;
import dev.gloam.model.application.interaction.InteractionCallbackAutocompleteData;
import dev.gloam.model.application.interaction.InteractionCallbackMessageData;
import dev.gloam.model.application.interaction.InteractionCallbackModalData;
import dev.gloam.model.application.interaction.InteractionCallbackResponse;
import dev.gloam.model.application.interaction.InteractionCallbackType;
import dev.gloam.model.application.interaction.InteractionResponse;
import dev.gloam.model.application.interaction.LaunchActivityResponse;
import dev.gloam.model.application.interaction.ModalResponse;
import dev.gloam.model.application.interaction.PongResponse;
import dev.gloam.model.application.interaction.PremiumRequiredResponse;
import dev.gloam.model.application.interaction.UnknownInteractionResponse;
import dev.gloam.model.application.interaction.UpdateMessageResponse;
import dev.gloam.model.channel.message.MessageFlags;
import dev.gloam.model.channel.message.component.Component;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.InteractionMarker;
import dev.gloam.model.json.ModelJson;
import dev.gloam.validate.Check;
import dev.gloam.validate.ValidationException;
import dev.gloam.validate.component.ComponentChecks;
import dev.gloam.validate.embed.EmbedChecks;
import dev.gloam.validate.message.MessageChecks;
import dev.gloam.validate.poll.PollChecks;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Answers an interaction, within three seconds of receiving it: with a message, a deferral, an
 * update of the component's message, autocomplete choices, a modal or an activity. Discord answers
 * with nothing, or with the created resource when {@link #withResponse(boolean)} is set. Maps
 * "Create Interaction Response" ({@code POST /interactions/{interaction.id}/{interaction.token}
 * /callback}, interactions/receiving-and-responding). Obtained from {@link
 * dev.gloam.http.InteractionClient#createResponse}.
 *
 * <pre>{@code
 * client.interaction(applicationId)
 *     .createResponse(interaction.id(), interaction.token())
 *     .message(m -> m.content("Pong!"))
 *     .send();
 * }</pre>
 */
public final class CreateInteractionResponse
    extends Request<Optional<InteractionCallbackResponse>> {
  private InteractionCallbackType type;
  private InteractionMessage message;
  private Object data;
  private Runnable dataCheck;

  /**
   * Creates the request; use {@link dev.gloam.http.InteractionClient#createResponse} instead.
   *
   * @param transport the client's transport
   * @param interactionId the interaction
   * @param token the interaction's token
   */
  public CreateInteractionResponse(
      Transport transport, Id<InteractionMarker> interactionId, String token) {
    super(
        transport,
        Route.CREATE_INTERACTION_RESPONSE,
        body ->
            body.length == 0
                ? Optional.empty()
                : Optional.of(ModelJson.read(body, InteractionCallbackResponse.class)),
        interactionId,
        token);
  }

  /**
   * Sets whether Discord answers with the interaction callback and the resource it created (such as
   * the message).
   *
   * @param withResponse {@code true} for an answer with a body
   * @return this request
   */
  public CreateInteractionResponse withResponse(boolean withResponse) {
    query().set("with_response", withResponse);
    return this;
  }

  /**
   * Sets the callback type; the typed methods such as {@link #message(Consumer)} set it for you.
   *
   * @param type the type
   * @return this request
   */
  public CreateInteractionResponse type(InteractionCallbackType type) {
    this.type = Objects.requireNonNull(type, "type");
    return this;
  }

  /**
   * Sets the whole answer from the model, such as one built by gloam-util's interaction response
   * builders: its callback type and its data, checked as the typed {@code data} methods check it.
   *
   * <pre>{@code
   * InteractionResponse answer =
   *     MessageResponseBuilder.channelMessageWithSource().content("Pong!").build();
   * interactions.createResponse(interaction.id(), interaction.token()).response(answer).send();
   * }</pre>
   *
   * @param response the answer
   * @return this request
   */
  public CreateInteractionResponse response(InteractionResponse response) {
    Objects.requireNonNull(response, "response");
    type(response.type());
    return switch (response) {
      case ChannelMessageWithSourceResponse r -> messageData(r.data());
      case UpdateMessageResponse r -> messageData(r.data());
      case DeferredChannelMessageWithSourceResponse r -> messageData(r.data());
      case ModalResponse r -> data(r.data());
      case AutocompleteResultResponse r -> data(r.data());
      case UnknownInteractionResponse r ->
          r.raw().has("data") ? data(r.raw().get("data")) : data(null, null);
      case PongResponse r -> data(null, null);
      case DeferredUpdateMessageResponse r -> data(null, null);
      case LaunchActivityResponse r -> data(null, null);
      case PremiumRequiredResponse r -> data(null, null);
    };
  }

  private CreateInteractionResponse messageData(Optional<InteractionCallbackMessageData> data) {
    return data.isPresent() ? data(data.get()) : data(null, null);
  }

  /**
   * Sets the message data of a {@code CHANNEL_MESSAGE_WITH_SOURCE} or {@code UPDATE_MESSAGE}
   * callback from the model type.
   *
   * @param data the message
   * @return this request
   */
  public CreateInteractionResponse data(InteractionCallbackMessageData data) {
    return data(
        data,
        () -> {
          MessageChecks.content(data.content().orElse(null));
          EmbedChecks.embeds("embeds", data.embeds().orElse(null));
          MessageChecks.allowedMentions(data.allowedMentions().orElse(null));
          ComponentChecks.messageComponents(
              data.components().orElse(null),
              data.flags().orElse(MessageFlags.NONE).contains(MessageFlags.IS_COMPONENTS_V2));
          PollChecks.poll(data.poll().orElse(null));
        });
  }

  /**
   * Sets the data of a {@code MODAL} callback from the model type.
   *
   * @param data the modal
   * @return this request
   */
  public CreateInteractionResponse data(InteractionCallbackModalData data) {
    return data(
        data, () -> ComponentChecks.modal(data.customId(), data.title(), data.components()));
  }

  /**
   * Sets the data of an {@code APPLICATION_COMMAND_AUTOCOMPLETE_RESULT} callback from the model
   * type.
   *
   * @param data the choices
   * @return this request
   */
  public CreateInteractionResponse data(InteractionCallbackAutocompleteData data) {
    return data(data, () -> MessageChecks.autocompleteChoices(data.choices()));
  }

  /**
   * Sets the data as JSON, for callback types gloam has no model of.
   *
   * @param data the data
   * @return this request
   */
  public CreateInteractionResponse data(JsonNode data) {
    return data(data, null);
  }

  private CreateInteractionResponse data(Object data, Runnable check) {
    this.data = data;
    this.dataCheck = check;
    this.message = null;
    return this;
  }

  /**
   * Acknowledges a ping sent to an interactions endpoint URL ({@code PONG}).
   *
   * @return this request
   */
  public CreateInteractionResponse pong() {
    return type(InteractionCallbackType.PONG).data(null, null);
  }

  /**
   * Answers with a message ({@code CHANNEL_MESSAGE_WITH_SOURCE}).
   *
   * @param fill sets the message's fields
   * @return this request
   */
  public CreateInteractionResponse message(Consumer<InteractionMessage> fill) {
    return withMessage(InteractionCallbackType.CHANNEL_MESSAGE_WITH_SOURCE, fill);
  }

  /**
   * Answers "the bot is thinking" now and with a message later through {@link
   * dev.gloam.http.InteractionClient#updateResponse} ({@code
   * DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE}).
   *
   * @return this request
   */
  public CreateInteractionResponse deferredMessage() {
    return type(InteractionCallbackType.DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE).data(null, null);
  }

  /**
   * Defers with flags for the message that follows, such as {@link MessageFlags#EPHEMERAL}.
   *
   * @param flags the flags
   * @return this request
   */
  public CreateInteractionResponse deferredMessage(MessageFlags flags) {
    ObjectNode flagData = ModelJson.mapper().createObjectNode();
    flagData.set("flags", ModelJson.mapper().valueToTree(flags));
    return type(InteractionCallbackType.DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE).data(flagData, null);
  }

  /**
   * Acknowledges a component interaction now and edits its message later ({@code
   * DEFERRED_UPDATE_MESSAGE}).
   *
   * @return this request
   */
  public CreateInteractionResponse deferredUpdate() {
    return type(InteractionCallbackType.DEFERRED_UPDATE_MESSAGE).data(null, null);
  }

  /**
   * Edits the message of the component that was used ({@code UPDATE_MESSAGE}).
   *
   * @param fill sets the fields to change
   * @return this request
   */
  public CreateInteractionResponse updateMessage(Consumer<InteractionMessage> fill) {
    return withMessage(InteractionCallbackType.UPDATE_MESSAGE, fill);
  }

  /**
   * Answers an autocomplete interaction with up to 25 choices ({@code
   * APPLICATION_COMMAND_AUTOCOMPLETE_RESULT}).
   *
   * @param choices the choices
   * @return this request
   */
  public CreateInteractionResponse autocomplete(List<CommandOptionChoice> choices) {
    return type(InteractionCallbackType.APPLICATION_COMMAND_AUTOCOMPLETE_RESULT)
        .data(new InteractionCallbackAutocompleteData(List.copyOf(choices)));
  }

  /**
   * Opens a modal ({@code MODAL}): a title of up to 45 characters and 1 to 5 components (labels
   * with inputs, or text displays).
   *
   * @param customId the modal's {@code custom_id}, 1 to 100 characters
   * @param title the title
   * @param components the components
   * @return this request
   */
  public CreateInteractionResponse modal(
      String customId, String title, List<Component> components) {
    return type(InteractionCallbackType.MODAL)
        .data(new InteractionCallbackModalData(customId, title, List.copyOf(components)));
  }

  /**
   * Launches the application's activity ({@code LAUNCH_ACTIVITY}).
   *
   * @return this request
   */
  public CreateInteractionResponse launchActivity() {
    return type(InteractionCallbackType.LAUNCH_ACTIVITY).data(null, null);
  }

  private CreateInteractionResponse withMessage(
      InteractionCallbackType callbackType, Consumer<InteractionMessage> fill) {
    InteractionMessage filled = new InteractionMessage();
    fill.accept(filled);
    type(callbackType).data(null, null);
    this.message = filled;
    return this;
  }

  @Override
  protected void validate() {
    Check.required("type", type, "an interaction response needs a callback type");
    try {
      if (message != null) {
        message.draft().validate();
      }
      if (dataCheck != null) {
        dataCheck.run();
      }
    } catch (ValidationException e) {
      throw e.field().startsWith("data.") ? e : e.under("data");
    }
  }

  @Override
  protected RequestBody body() {
    ObjectNode root = ModelJson.mapper().createObjectNode();
    root.set("type", ModelJson.mapper().valueToTree(type));
    if (message != null) {
      root.set("data", message.draft().tree());
      return message.draft().body(root);
    }
    if (data != null) {
      root.set("data", ModelJson.mapper().valueToTree(data));
    }
    return new RequestBody.Json(ModelJson.writeBytes(root));
  }

  /** Interaction responses are exempt from the global rate limit. */
  @Override
  protected boolean interaction() {
    return true;
  }
}
