package dev.gloam.testkit.internal.rest.routes;

import dev.gloam.testkit.internal.json.Json;
import dev.gloam.testkit.internal.rest.DiscordErrors;
import dev.gloam.testkit.internal.rest.FormErrors;
import dev.gloam.testkit.internal.rest.RestResponse;
import dev.gloam.testkit.internal.world.GuildChannel;
import dev.gloam.testkit.internal.world.MessageDraft;
import dev.gloam.testkit.internal.world.World;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks a create-message body against Discord's limits. Fields the testkit does not model yet are
 * accepted and ignored.
 *
 * @param draft the message to store, or null if the body was refused
 * @param error the error response, or null if the body was accepted
 */
public record CreateMessageValidation(MessageDraft draft, RestResponse error) {

  /** Discord's limit on message content, in characters. */
  public static final int MAX_CONTENT_LENGTH = 2000;

  /** Discord's limit on embeds per message. */
  public static final int MAX_EMBEDS = 10;

  /** Discord's limit on the length of a string nonce. */
  public static final int MAX_NONCE_LENGTH = 25;

  /**
   * Validates a body.
   *
   * @param body the parsed JSON body
   * @param world the world, to resolve replies
   * @param channel the target channel, already known to exist
   * @param authorId who is sending
   * @return the draft or the error
   */
  public static CreateMessageValidation validate(
      JsonNode body, World world, GuildChannel channel, long authorId) {
    FormErrors errors = new FormErrors();
    if (!(body instanceof ObjectNode object)) {
      errors.add("", "DICT_TYPE_CONVERT", "Only dictionaries may be used in a DictType");
      return refused(errors.toResponse());
    }
    String content = "";
    JsonNode contentNode = object.get("content");
    if (contentNode != null && !contentNode.isNull()) {
      if (!contentNode.isString()) {
        errors.add("content", "BASE_TYPE_STRING", "Must be a string.");
      } else {
        content = contentNode.stringValue();
        if (content.codePointCount(0, content.length()) > MAX_CONTENT_LENGTH) {
          errors.add(
              "content",
              "BASE_TYPE_MAX_LENGTH",
              "Must be " + MAX_CONTENT_LENGTH + " or fewer in length.");
        }
      }
    }
    boolean tts = false;
    JsonNode ttsNode = object.get("tts");
    if (ttsNode != null && !ttsNode.isNull()) {
      if (!ttsNode.isBoolean()) {
        errors.add("tts", "BASE_TYPE_BOOLEAN", "Must be either true or false.");
      } else {
        tts = ttsNode.booleanValue();
      }
    }
    JsonNode nonce = object.get("nonce");
    if (nonce != null && !nonce.isNull()) {
      if (nonce.isString()) {
        if (nonce.stringValue().length() > MAX_NONCE_LENGTH) {
          errors.add(
              "nonce",
              "BASE_TYPE_MAX_LENGTH",
              "Must be " + MAX_NONCE_LENGTH + " or fewer in length.");
        }
      } else if (!nonce.isIntegralNumber()) {
        errors.add("nonce", "BASE_TYPE_STRING", "Must be a string or an integer.");
      }
    } else {
      nonce = null;
    }
    ArrayNode embeds = optionalArray(object, "embeds", errors);
    if (embeds.size() > MAX_EMBEDS) {
      errors.add(
          "embeds", "BASE_TYPE_MAX_LENGTH", "Must be " + MAX_EMBEDS + " or fewer in length.");
    }
    for (int i = 0; i < embeds.size(); i++) {
      if (!(embeds.get(i) instanceof ObjectNode embed)) {
        errors.add(
            "embeds." + i, "DICT_TYPE_CONVERT", "Only dictionaries may be used in a DictType");
      } else if (!embed.has("type")) {
        // Embeds sent by bots are rich embeds.
        embed.put("type", "rich");
      }
    }
    ArrayNode components = optionalArray(object, "components", errors);
    ArrayNode stickers = optionalArray(object, "sticker_ids", errors);
    ArrayNode attachments = optionalArray(object, "attachments", errors);
    boolean hasPoll = object.hasNonNull("poll");
    Long replyTo = replyTarget(object, world, channel, errors);
    if (!errors.isEmpty()) {
      return refused(errors.toResponse());
    }
    if (content.isEmpty()
        && embeds.isEmpty()
        && components.isEmpty()
        && stickers.isEmpty()
        && attachments.isEmpty()
        && !hasPoll) {
      return refused(DiscordErrors.emptyMessage());
    }
    return new CreateMessageValidation(
        new MessageDraft(channel.id(), authorId, content, tts, nonce, embeds, components, replyTo),
        null);
  }

  private static Long replyTarget(
      ObjectNode object, World world, GuildChannel channel, FormErrors errors) {
    JsonNode reference = object.get("message_reference");
    if (reference == null || reference.isNull()) {
      return null;
    }
    if (!reference.isObject()) {
      errors.add(
          "message_reference", "DICT_TYPE_CONVERT", "Only dictionaries may be used in a DictType");
      return null;
    }
    Optional<Long> messageId = Json.readId(reference.get("message_id"));
    Optional<Long> channelId = Json.readId(reference.get("channel_id"));
    boolean sameChannel = channelId.isEmpty() || channelId.get() == channel.id();
    if (messageId.isPresent()
        && sameChannel
        && world.messages().find(channel.id(), messageId.get()).isPresent()) {
      return messageId.get();
    }
    // By default a reply to a missing message fails; the client may ask to send it anyway.
    boolean failIfNotExists = reference.path("fail_if_not_exists").asBoolean(true);
    if (failIfNotExists) {
      errors.add("message_reference", "MESSAGE_REFERENCE_UNKNOWN_MESSAGE", "Unknown message");
    }
    return null;
  }

  private static ArrayNode optionalArray(ObjectNode object, String field, FormErrors errors) {
    JsonNode node = object.get(field);
    if (node == null || node.isNull()) {
      return Json.array();
    }
    if (!(node instanceof ArrayNode array)) {
      errors.add(field, "BASE_TYPE_LIST", "Must be a list.");
      return Json.array();
    }
    return array.deepCopy();
  }

  private static CreateMessageValidation refused(RestResponse error) {
    return new CreateMessageValidation(null, error);
  }
}
