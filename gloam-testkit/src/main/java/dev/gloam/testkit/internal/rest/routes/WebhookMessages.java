package dev.gloam.testkit.internal.rest.routes;

import dev.gloam.testkit.internal.gateway.Intents;
import dev.gloam.testkit.internal.json.Json;
import dev.gloam.testkit.internal.openapi.MultipartForm;
import dev.gloam.testkit.internal.rest.ApiError;
import dev.gloam.testkit.internal.rest.FormErrors;
import dev.gloam.testkit.internal.rest.RestRequest;
import dev.gloam.testkit.internal.world.DiscordTime;
import dev.gloam.testkit.internal.world.GuildChannel;
import dev.gloam.testkit.internal.world.MessageDraft;
import dev.gloam.testkit.internal.world.MessageExtras;
import dev.gloam.testkit.internal.world.StoredMessage;
import dev.gloam.testkit.internal.world.User;
import dev.gloam.testkit.internal.world.World;
import dev.gloam.testkit.internal.world.interaction.Integrations.ManagedMessage;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Messages sent through webhooks and as interaction responses (resources/webhook.mdx, "Execute
 * Webhook", "Edit Webhook Message"; interactions/receiving-and-responding.mdx): created through the
 * world's message store unless ephemeral, and kept with their webhook fields for later reads and
 * edits. Call under the world's lock.
 */
final class WebhookMessages {

  /** EPHEMERAL: only the invoking user sees the message. */
  static final int EPHEMERAL = 1 << 6;

  /** LOADING: a deferred interaction response that is still "thinking". */
  static final int LOADING = 1 << 7;

  /** Flags a webhook or interaction message may set: suppress embeds and notifications, V2. */
  private static final int SETTABLE_FLAGS = (1 << 2) | (1 << 12) | (1 << 15);

  private WebhookMessages() {}

  /**
   * Reads the JSON body, or the {@code payload_json} part of a multipart body. Files are not kept.
   *
   * @param request the request
   * @return the object
   * @throws ApiError 400 (50109) if it is not a JSON object
   */
  static ObjectNode body(RestRequest request) {
    if (request.contentType().toLowerCase(Locale.ROOT).startsWith("multipart/")) {
      Optional<JsonNode> payload =
          MultipartForm.parse(request.contentType(), request.body())
              .flatMap(form -> form.part("payload_json"))
              .flatMap(part -> Json.parse(part.text()));
      if (payload.isPresent() && payload.get() instanceof ObjectNode object) {
        return object;
      }
      throw new ApiError(400, 50109, "The request body contains invalid JSON.");
    }
    return Lookup.body(request);
  }

  /**
   * Where a message goes to be stored: one of the world's messages, or only kept for the token.
   *
   * @param author who the message shows as sent by
   * @param webhookId the webhook that sent it (the application id for interaction responses)
   * @param applicationId the application for interaction responses, or 0
   * @param type the message type, 0 or 20 for a slash command's response
   * @param ephemeral whether only the human sees it
   * @param interactionMetadata the {@code interaction_metadata}, or null
   */
  record Sender(
      User author,
      long webhookId,
      long applicationId,
      int type,
      boolean ephemeral,
      ObjectNode interactionMetadata) {}

  /**
   * Validates and sends a message.
   *
   * @param world the world
   * @param channel the channel or thread
   * @param body the request body
   * @param sender who sends it and how
   * @param interactionId the interaction it answers, or 0
   * @return the managed message
   * @throws ApiError 400 for an invalid body
   */
  static ManagedMessage send(
      World world, GuildChannel channel, ObjectNode body, Sender sender, long interactionId) {
    // Webhook messages cannot reply; the rest is the same as the bot's own messages.
    ObjectNode checked = body.deepCopy();
    checked.remove("message_reference");
    CreateMessageValidation validation =
        CreateMessageValidation.validate(checked, world, channel, sender.author().id());
    if (validation.error() != null) {
      throw new ApiError(validation.error());
    }
    MessageDraft draft = validation.draft();
    int flags =
        (body.path("flags").asInt(0) & SETTABLE_FLAGS) | (sender.ephemeral() ? EPHEMERAL : 0);
    return store(world, channel, draft, sender, interactionId, flags);
  }

  /**
   * Sends a message without validating, for the "thinking" placeholder of a deferred response.
   *
   * @param world the world
   * @param channel the channel
   * @param sender who sends it and how
   * @param interactionId the interaction
   * @return the managed message
   */
  static ManagedMessage sendLoading(
      World world, GuildChannel channel, Sender sender, long interactionId) {
    MessageDraft draft = MessageDraft.text(channel.id(), sender.author().id(), "");
    return store(
        world,
        channel,
        draft,
        sender,
        interactionId,
        LOADING | (sender.ephemeral() ? EPHEMERAL : 0));
  }

  private static ManagedMessage store(
      World world,
      GuildChannel channel,
      MessageDraft draft,
      Sender sender,
      long interactionId,
      int flags) {
    // Who sent it travels with the message, so REST reads and MESSAGE_CREATE show it too.
    ObjectNode origin = Json.object();
    origin.put("webhook_id", Json.id(sender.webhookId()));
    if (sender.applicationId() != 0) {
      origin.put("application_id", Json.id(sender.applicationId()));
    } else {
      ObjectNode author = sender.author().toJson();
      // Webhook authors are not users: they keep the old discriminator and are marked as bots.
      author.put("discriminator", "0000");
      author.put("bot", true);
      origin.set("author", author);
    }
    if (sender.interactionMetadata() != null) {
      origin.set("interaction_metadata", sender.interactionMetadata().deepCopy());
    }
    MessageExtras extras =
        draft.extras().withType(sender.type()).withFlags(flags).withOrigin(origin);
    MessageDraft sent =
        new MessageDraft(
            draft.channelId(),
            draft.authorId(),
            draft.content(),
            draft.tts(),
            draft.nonce(),
            draft.embeds(),
            draft.components(),
            draft.replyToMessageId(),
            extras);
    StoredMessage message;
    if (sender.ephemeral()) {
      // Never in the channel: only the one user sees it, so no MESSAGE_CREATE either.
      long id = world.nextId();
      message =
          new StoredMessage(
              id,
              channel.id(),
              channel.guildId(),
              sender.author(),
              sent.content(),
              world.now(),
              sent.tts(),
              false,
              List.of(),
              sent.embeds(),
              sent.components(),
              null,
              null,
              extras);
    } else {
      message = world.createMessage(sent);
    }
    ManagedMessage managed =
        new ManagedMessage(sender.webhookId(), interactionId, sender.ephemeral(), message.toJson());
    world.integrations().putMessage(message.id(), managed);
    return managed;
  }

  /**
   * Applies an edit (all fields optional and nullable) and sends MESSAGE_UPDATE for channel
   * messages.
   *
   * @param world the world
   * @param messageId the message
   * @param managed the message as it is
   * @param body the edit
   * @return the edited message
   * @throws ApiError 400 for an invalid edit
   */
  static ManagedMessage edit(World world, long messageId, ManagedMessage managed, ObjectNode body) {
    ObjectNode json = managed.json();
    FormErrors errors = new FormErrors();
    if (body.has("content")) {
      String content = body.path("content").isNull() ? "" : body.path("content").asString("");
      if (content.codePointCount(0, content.length())
          > CreateMessageValidation.MAX_CONTENT_LENGTH) {
        errors.add("content", "BASE_TYPE_MAX_LENGTH", "Must be 2000 or fewer in length.");
      }
      json.put("content", content);
    }
    for (String field : List.of("embeds", "components", "attachments")) {
      if (body.has(field)) {
        JsonNode value = body.get(field);
        json.set(field, value.isArray() ? value.deepCopy() : Json.array());
      }
    }
    if (json.path("embeds").size() > CreateMessageValidation.MAX_EMBEDS) {
      errors.add("embeds", "BASE_TYPE_MAX_LENGTH", "Must be 10 or fewer in length.");
    }
    if (!errors.isEmpty()) {
      throw new ApiError(errors.toResponse());
    }
    int flags = json.path("flags").asInt(0) & ~LOADING;
    if (body.has("flags") && !body.path("flags").isNull()) {
      flags = (flags & ~SETTABLE_FLAGS) | (body.path("flags").asInt(0) & SETTABLE_FLAGS);
    }
    json.put("flags", flags);
    json.put("edited_timestamp", DiscordTime.format(world.now()));
    ManagedMessage edited =
        new ManagedMessage(managed.ownerId(), managed.interactionId(), managed.ephemeral(), json);
    world.integrations().putMessage(messageId, edited);
    if (!managed.ephemeral()) {
      storeEdit(world, messageId, json);
      dispatchUpdate(world, json);
    }
    return edited;
  }

  // The channel's copy of an edited message, so that Get Channel Message(s) and the test's view of
  // the channel show the edit as well.
  private static void storeEdit(World world, long messageId, ObjectNode json) {
    long channelId = Json.readId(json.get("channel_id")).orElse(0L);
    world
        .messages()
        .find(channelId, messageId)
        .ifPresent(
            stored -> {
              MessageExtras extras =
                  stored
                      .extras()
                      .edited(world.now(), (ArrayNode) json.path("attachments"))
                      .withFlags(json.path("flags").asInt(0));
              world
                  .messages()
                  .replace(
                      new StoredMessage(
                          stored.id(),
                          stored.channelId(),
                          stored.guildId(),
                          stored.author(),
                          json.path("content").asString(""),
                          stored.timestamp(),
                          stored.tts(),
                          stored.mentionEveryone(),
                          stored.mentions(),
                          (ArrayNode) json.path("embeds"),
                          (ArrayNode) json.path("components"),
                          stored.nonce(),
                          stored.referencedMessage(),
                          extras));
            });
  }

  /**
   * Sends MESSAGE_UPDATE with a full message, hiding content from sessions without the
   * MESSAGE_CONTENT intent unless the bot wrote it.
   *
   * @param world the world
   * @param message the message object
   */
  static void dispatchUpdate(World world, ObjectNode message) {
    long channelId = Json.readId(message.get("channel_id")).orElse(0L);
    Optional<GuildChannel> channel = world.channel(channelId);
    if (channel.isEmpty()) {
      return;
    }
    long guildId = channel.get().guildId();
    boolean byBot = Json.readId(message.path("author").get("id")).orElse(0L) == world.bot().id();
    ObjectNode event = message.deepCopy();
    event.put("guild_id", Json.id(guildId));
    world.dispatch(
        guildId,
        "MESSAGE_UPDATE",
        intents -> {
          ObjectNode copy = event.deepCopy();
          if (!byBot && !Intents.contains(intents, Intents.MESSAGE_CONTENT)) {
            copy.put("content", "");
            copy.putArray("embeds");
            copy.putArray("attachments");
            copy.putArray("components");
          }
          return copy;
        });
  }

  /**
   * Forgets a message and sends MESSAGE_DELETE for channel messages.
   *
   * @param world the world
   * @param messageId the message
   * @param managed the message
   */
  static void delete(World world, long messageId, ManagedMessage managed) {
    world.integrations().removeMessage(messageId);
    if (managed.ephemeral()) {
      return;
    }
    ObjectNode json = managed.json();
    long channelId = Json.readId(json.get("channel_id")).orElse(0L);
    world.messages().remove(channelId, messageId);
    world
        .channel(channelId)
        .ifPresent(
            channel -> {
              ObjectNode event = Json.object();
              event.put("id", Json.id(messageId));
              event.put("channel_id", Json.id(channelId));
              event.put("guild_id", Json.id(channel.guildId()));
              world.dispatch(channel.guildId(), "MESSAGE_DELETE", event);
            });
  }

  /**
   * Makes a list of message objects' ids, for summaries.
   *
   * @param json a message object
   * @return its id as text
   */
  static String idOf(ObjectNode json) {
    return json.path("id").asString("");
  }

  /**
   * Turns a Java array of JSON nodes into an array node; a small convenience for callers.
   *
   * @param nodes the nodes
   * @return the array
   */
  static ArrayNode arrayOf(List<? extends JsonNode> nodes) {
    ArrayNode array = Json.array();
    nodes.forEach(array::add);
    return array;
  }
}
