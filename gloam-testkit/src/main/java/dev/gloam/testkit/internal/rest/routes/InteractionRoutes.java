package dev.gloam.testkit.internal.rest.routes;

import dev.gloam.testkit.InteractionResponse;
import dev.gloam.testkit.internal.json.Json;
import dev.gloam.testkit.internal.rest.ApiError;
import dev.gloam.testkit.internal.rest.FormErrors;
import dev.gloam.testkit.internal.rest.RestRequest;
import dev.gloam.testkit.internal.rest.RestResponse;
import dev.gloam.testkit.internal.rest.Router;
import dev.gloam.testkit.internal.world.GuildChannel;
import dev.gloam.testkit.internal.world.StoredMessage;
import dev.gloam.testkit.internal.world.World;
import dev.gloam.testkit.internal.world.interaction.Integrations;
import dev.gloam.testkit.internal.world.interaction.Integrations.ManagedMessage;
import dev.gloam.testkit.internal.world.interaction.PendingInteraction;
import dev.gloam.testkit.internal.world.interaction.SecretTokens;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The stateful routes of interaction callbacks, the original response and follow-up messages
 * (interactions/receiving-and-responding.mdx). Follow-ups share their paths with webhook messages;
 * {@link WebhookRoutes} sends the requests naming the application's id here.
 */
public final class InteractionRoutes {

  private static final int APPLICATION_COMMAND = 2;
  private static final int MESSAGE_COMPONENT = 3;
  private static final int MODAL_SUBMIT = 5;
  private static final int CHAT_INPUT_COMMAND_MESSAGE = 20;
  private static final int CONTEXT_MENU_COMMAND_MESSAGE = 23;

  private InteractionRoutes() {}

  /**
   * Adds the routes.
   *
   * @param router the router to add to
   * @param world the world
   */
  public static void register(Router router, World world) {
    LockedRoutes.addTokenAuthenticated(
        router,
        world,
        "POST",
        "/interactions/{interaction.id}/{interaction.token}/callback",
        (locked, request) -> callback(world, request));
    String original = "/webhooks/{application.id}/{interaction.token}/messages/@original";
    LockedRoutes.addTokenAuthenticated(
        router, world, "GET", original, (locked, request) -> getOriginal(world, request));
    LockedRoutes.addTokenAuthenticated(
        router, world, "PATCH", original, (locked, request) -> editOriginal(world, request));
    LockedRoutes.addTokenAuthenticated(
        router, world, "DELETE", original, (locked, request) -> deleteOriginal(world, request));
  }

  private static RestResponse callback(World world, RestRequest request) {
    PendingInteraction interaction =
        request
            .snowflake("interaction.id")
            .flatMap(id -> world.integrations().interaction(id))
            .orElseThrow(InteractionRoutes::unknownInteraction);
    if (!SecretTokens.matches(
        interaction.token(), request.pathParameters().get("interaction.token"))) {
      throw new ApiError(401, 50027, "Invalid Webhook Token");
    }
    if (interaction.acknowledged()) {
      throw new ApiError(400, 40060, "Interaction has already been acknowledged");
    }
    if (world
        .now()
        .isAfter(interaction.createdAt().plus(world.integrations().responseDeadline()))) {
      // Past the deadline Discord has invalidated the token; the interaction is gone.
      throw unknownInteraction();
    }
    ObjectNode body = WebhookMessages.body(request);
    int type = body.path("type").asInt(0);
    ObjectNode data = body.get("data") instanceof ObjectNode d ? d : Json.object();
    checkCallbackType(interaction, type);
    GuildChannel channel = channelOf(world, interaction);
    boolean ephemeral = (data.path("flags").asInt(0) & WebhookMessages.EPHEMERAL) != 0;
    ManagedMessage message = null;
    ObjectNode modal = null;
    switch (type) {
      case 4 -> {
        message =
            WebhookMessages.send(
                world,
                channel,
                data,
                sender(world, interaction, ephemeral, null),
                interaction.id());
        interaction.acknowledge(type, messageId(message), null);
      }
      case 5 -> {
        message =
            WebhookMessages.sendLoading(
                world, channel, sender(world, interaction, ephemeral, null), interaction.id());
        interaction.acknowledge(type, messageId(message), null);
      }
      case 6 -> interaction.acknowledge(type, componentMessageId(interaction), null);
      case 7 -> {
        long id = componentMessageId(interaction);
        message = WebhookMessages.edit(world, id, componentMessage(world, interaction), data);
        interaction.acknowledge(type, id, null);
      }
      default -> {
        modal = checkModal(data);
        interaction.acknowledge(type, null, modal);
      }
    }
    ObjectNode answerJson = message == null ? null : message.json();
    interaction
        .response()
        .complete(
            new InteractionResponse(
                type,
                answerJson == null ? "" : answerJson.path("content").asString(""),
                message != null && message.ephemeral(),
                answerJson == null ? 0 : Json.readId(answerJson.get("id")).orElse(0L),
                modal == null ? "" : modal.path("custom_id").asString(""),
                Json.write(body)));
    if (!request.flag("with_response")) {
      return new RestResponse(204, Json.object(), "204 interaction answered with type " + type);
    }
    ObjectNode answer = Json.object();
    ObjectNode callback = answer.putObject("interaction");
    callback.put("id", Json.id(interaction.id()));
    callback.put("type", interaction.type());
    if (answerJson != null) {
      callback.put("response_message_id", answerJson.path("id").asString(""));
      callback.put("response_message_loading", type == 5);
      callback.put("response_message_ephemeral", message.ephemeral());
    }
    ObjectNode resource = answer.putObject("resource");
    resource.put("type", type);
    if (answerJson != null && (type == 4 || type == 7)) {
      resource.set("message", answerJson);
    }
    return RestResponse.ok(answer, "interaction answered with type " + type);
  }

  private static void checkCallbackType(PendingInteraction interaction, int type) {
    boolean fromComponent =
        interaction.type() == MESSAGE_COMPONENT
            || (interaction.type() == MODAL_SUBMIT && interaction.payload().has("message"));
    boolean allowed =
        switch (type) {
          case 4, 5 -> true;
          case 6, 7 -> fromComponent;
          case 9 -> interaction.type() != MODAL_SUBMIT;
          // PONG answers PING and 8 answers autocomplete, which the human never sends; 10 and 12
          // need monetization and Activities, which the testkit's application does not have.
          default -> false;
        };
    if (!allowed) {
      FormErrors errors = new FormErrors();
      errors.add(
          "type",
          "INTERACTION_RESPONSE_TYPE_INVALID",
          "Interaction response type " + type + " is not valid for this interaction.");
      throw new ApiError(errors.toResponse());
    }
  }

  private static ObjectNode checkModal(ObjectNode data) {
    FormErrors errors = new FormErrors();
    String customId = data.path("custom_id").asString("");
    if (customId.isEmpty() || customId.length() > 100) {
      errors.add("data.custom_id", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.");
    }
    String title = data.path("title").asString("");
    if (title.isEmpty() || title.length() > 45) {
      errors.add("data.title", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 45 in length.");
    }
    int components = data.path("components").size();
    if (components < 1 || components > 5) {
      errors.add("data.components", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 5 in length.");
    }
    if (!errors.isEmpty()) {
      throw new ApiError(errors.toResponse());
    }
    return data;
  }

  private static RestResponse getOriginal(World world, RestRequest request) {
    PendingInteraction interaction = byToken(world, request, "interaction.token");
    long id = originalId(interaction);
    ManagedMessage message =
        world.integrations().message(id).orElseThrow(InteractionRoutes::unknownMessage);
    return RestResponse.ok(message.json(), "original response " + Json.id(id));
  }

  private static RestResponse editOriginal(World world, RestRequest request) {
    PendingInteraction interaction = byToken(world, request, "interaction.token");
    long id = originalId(interaction);
    ManagedMessage message =
        world
            .integrations()
            .message(id)
            .or(
                () ->
                    interaction.callbackType() == 6
                        ? storeCopy(world, interaction)
                        : Optional.empty())
            .orElseThrow(InteractionRoutes::unknownMessage);
    ManagedMessage edited = WebhookMessages.edit(world, id, message, WebhookMessages.body(request));
    return RestResponse.ok(edited.json(), "original response " + Json.id(id));
  }

  private static RestResponse deleteOriginal(World world, RestRequest request) {
    PendingInteraction interaction = byToken(world, request, "interaction.token");
    long id = originalId(interaction);
    ManagedMessage message =
        world.integrations().message(id).orElseThrow(InteractionRoutes::unknownMessage);
    WebhookMessages.delete(world, id, message);
    interaction.originalMessageId(null);
    return new RestResponse(204, Json.object(), "204 original response deleted");
  }

  /**
   * Create Followup Message: {@code POST /webhooks/{application.id}/{interaction.token}}.
   *
   * @param world the world
   * @param request the request, with the webhook route's placeholders
   * @return the message
   */
  static RestResponse createFollowup(World world, RestRequest request) {
    PendingInteraction interaction = byToken(world, request, "webhook.token");
    if (!interaction.acknowledged()) {
      throw new ApiError(404, 10015, "Unknown Webhook");
    }
    ObjectNode body = WebhookMessages.body(request);
    Long original = interaction.originalMessageId();
    Optional<ManagedMessage> loading =
        original == null ? Optional.empty() : world.integrations().message(original);
    if (interaction.callbackType() == 5
        && interaction.followups().isEmpty()
        && loading.isPresent()
        && (loading.get().json().path("flags").asInt(0) & WebhookMessages.LOADING) != 0) {
      // The first follow-up after a deferred answer completes it, as Discord keeps doing.
      ManagedMessage edited = WebhookMessages.edit(world, original, loading.get(), body);
      return RestResponse.ok(edited.json(), "followup " + Json.id(original));
    }
    boolean ephemeral = (body.path("flags").asInt(0) & WebhookMessages.EPHEMERAL) != 0;
    ManagedMessage message =
        WebhookMessages.send(
            world,
            channelOf(world, interaction),
            body,
            sender(world, interaction, ephemeral, original),
            interaction.id());
    long id = messageId(message);
    interaction.followups().add(id);
    return RestResponse.ok(message.json(), "followup " + Json.id(id));
  }

  /**
   * Get Followup Message.
   *
   * @param world the world
   * @param request the request, with the webhook route's placeholders
   * @return the message
   */
  static RestResponse getFollowup(World world, RestRequest request) {
    PendingInteraction interaction = byToken(world, request, "webhook.token");
    long id = ownMessageId(interaction, request);
    ManagedMessage message =
        world.integrations().message(id).orElseThrow(InteractionRoutes::unknownMessage);
    return RestResponse.ok(message.json(), "followup " + Json.id(id));
  }

  /**
   * Edit Followup Message.
   *
   * @param world the world
   * @param request the request, with the webhook route's placeholders
   * @return the edited message
   */
  static RestResponse editFollowup(World world, RestRequest request) {
    PendingInteraction interaction = byToken(world, request, "webhook.token");
    long id = ownMessageId(interaction, request);
    ManagedMessage message =
        world.integrations().message(id).orElseThrow(InteractionRoutes::unknownMessage);
    ManagedMessage edited = WebhookMessages.edit(world, id, message, WebhookMessages.body(request));
    return RestResponse.ok(edited.json(), "followup " + Json.id(id));
  }

  /**
   * Delete Followup Message.
   *
   * @param world the world
   * @param request the request, with the webhook route's placeholders
   * @return 204
   */
  static RestResponse deleteFollowup(World world, RestRequest request) {
    PendingInteraction interaction = byToken(world, request, "webhook.token");
    long id = ownMessageId(interaction, request);
    ManagedMessage message =
        world.integrations().message(id).orElseThrow(InteractionRoutes::unknownMessage);
    WebhookMessages.delete(world, id, message);
    if (Long.valueOf(id).equals(interaction.originalMessageId())) {
      interaction.originalMessageId(null);
    }
    return new RestResponse(204, Json.object(), "204 followup deleted");
  }

  private static long ownMessageId(PendingInteraction interaction, RestRequest request) {
    long id = request.snowflake("message.id").orElseThrow(InteractionRoutes::unknownMessage);
    if (!interaction.followups().contains(id)
        && !Long.valueOf(id).equals(interaction.originalMessageId())) {
      throw unknownMessage();
    }
    return id;
  }

  private static long originalId(PendingInteraction interaction) {
    Long id = interaction.originalMessageId();
    if (id == null) {
      throw unknownMessage();
    }
    return id;
  }

  // The interaction a webhook-style path's token names; expired and foreign tokens are refused.
  private static PendingInteraction byToken(World world, RestRequest request, String parameter) {
    if (request
            .snowflake(parameter.equals("webhook.token") ? "webhook.id" : "application.id")
            .orElse(0L)
        != world.applicationId()) {
      throw new ApiError(404, 10015, "Unknown Webhook");
    }
    String token = request.pathParameters().get(parameter);
    return Optional.ofNullable(token)
        .flatMap(t -> world.integrations().interactionByToken(t))
        .filter(i -> SecretTokens.matches(i.token(), token))
        .filter(i -> !world.now().isAfter(i.createdAt().plus(Integrations.TOKEN_LIFETIME)))
        .orElseThrow(() -> new ApiError(401, 50027, "Invalid Webhook Token"));
  }

  private static WebhookMessages.Sender sender(
      World world, PendingInteraction interaction, boolean ephemeral, Long original) {
    ObjectNode payload = interaction.payload();
    ObjectNode metadata = Json.object();
    metadata.put("id", Json.id(interaction.id()));
    metadata.put("type", interaction.type());
    metadata.set("user", payload.path("member").path("user").deepCopy());
    metadata.set("authorizing_integration_owners", payload.get("authorizing_integration_owners"));
    int messageType = 0;
    if (interaction.type() == APPLICATION_COMMAND) {
      int commandType = payload.path("data").path("type").asInt(1);
      metadata.put("name", payload.path("data").path("name").asString(""));
      metadata.put("command_type", commandType);
      messageType = commandType == 1 ? CHAT_INPUT_COMMAND_MESSAGE : CONTEXT_MENU_COMMAND_MESSAGE;
    }
    if (payload.get("message") instanceof ObjectNode message) {
      metadata.put("interacted_message_id", message.path("id").asString(""));
    }
    if (original != null) {
      metadata.put("original_response_message_id", Json.id(original));
    }
    return new WebhookMessages.Sender(
        world.bot(),
        world.applicationId(),
        world.applicationId(),
        messageType,
        ephemeral,
        metadata);
  }

  private static long componentMessageId(PendingInteraction interaction) {
    JsonNode message = interaction.payload().get("message");
    return Json.readId(message == null ? null : message.get("id"))
        .orElseThrow(InteractionRoutes::unknownMessage);
  }

  // The message whose component was used: as a webhook or response sent it, or as stored.
  private static ManagedMessage componentMessage(World world, PendingInteraction interaction) {
    long id = componentMessageId(interaction);
    return world
        .integrations()
        .message(id)
        .or(() -> storeCopy(world, interaction))
        .orElseThrow(InteractionRoutes::unknownMessage);
  }

  private static Optional<ManagedMessage> storeCopy(World world, PendingInteraction interaction) {
    long id = componentMessageId(interaction);
    return world
        .messages()
        .find(interaction.channelId(), id)
        .map(StoredMessage::toJson)
        .map(json -> new ManagedMessage(0, 0, false, json));
  }

  private static GuildChannel channelOf(World world, PendingInteraction interaction) {
    return world
        .channel(interaction.channelId())
        .orElseThrow(() -> new ApiError(404, 10003, "Unknown Channel"));
  }

  private static long messageId(ManagedMessage message) {
    return Json.readId(message.json().get("id")).orElseThrow();
  }

  private static ApiError unknownInteraction() {
    return new ApiError(404, 10062, "Unknown interaction");
  }

  private static ApiError unknownMessage() {
    return new ApiError(404, 10008, "Unknown Message");
  }
}
