package dev.gloam.testkit.internal.rest.routes;

import dev.gloam.testkit.internal.json.Json;
import dev.gloam.testkit.internal.rest.DiscordErrors;
import dev.gloam.testkit.internal.rest.FormErrors;
import dev.gloam.testkit.internal.rest.RestResponse;
import dev.gloam.testkit.internal.world.AttachmentFiles;
import dev.gloam.testkit.internal.world.DiscordTime;
import dev.gloam.testkit.internal.world.GuildChannel;
import dev.gloam.testkit.internal.world.MessageDraft;
import dev.gloam.testkit.internal.world.MessageExtras;
import dev.gloam.testkit.internal.world.StoredMessage;
import dev.gloam.testkit.internal.world.World;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks a create-message body against Discord's limits and turns it into a draft: text, embeds,
 * components, a reply or a forward, uploaded files as attachments, stickers and a poll ({@code
 * resources/message.mdx}, "Create Message"; {@code resources/poll.mdx}). Fields the testkit does
 * not model (allowed_mentions, shared_client_theme) are accepted and ignored.
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

  /** Discord's limit on stickers per message. */
  public static final int MAX_STICKERS = 3;

  /** Discord's limit on a poll's duration, in hours (32 days). */
  public static final int MAX_POLL_HOURS = 32 * 24;

  /** Discord's limit on the length of a poll answer. */
  public static final int MAX_POLL_ANSWER_LENGTH = 55;

  /**
   * The flags a message may be created with: SUPPRESS_EMBEDS, SUPPRESS_NOTIFICATIONS,
   * IS_VOICE_MESSAGE and IS_COMPONENTS_V2.
   */
  public static final int CREATABLE_FLAGS = (1 << 2) | (1 << 12) | (1 << 13) | (1 << 15);

  /** The attachment flag of a spoiler. */
  public static final int ATTACHMENT_IS_SPOILER = 1 << 3;

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
    return validate(body, List.of(), world, channel, authorId);
  }

  /**
   * Validates a body with uploaded files.
   *
   * @param body the parsed JSON body (or {@code payload_json})
   * @param files the uploaded files; they are stored as attachments only if the body is accepted
   * @param world the world, to resolve replies, forwards and stickers
   * @param channel the target channel, already known to exist
   * @param authorId who is sending
   * @return the draft or the error
   */
  public static CreateMessageValidation validate(
      JsonNode body,
      List<MessageUpload.File> files,
      World world,
      GuildChannel channel,
      long authorId) {
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
    ArrayNode attachmentRequests = optionalArray(object, "attachments", errors);
    ArrayNode stickerItems = stickerItems(stickers, channel, errors);
    ObjectNode poll = object.get("poll") instanceof ObjectNode p ? poll(p, world, errors) : null;
    int flags = object.path("flags").asInt(0) & CREATABLE_FLAGS;
    boolean forward = object.path("message_reference").path("type").asInt(0) == 1;
    Long replyTo = forward ? null : replyTarget(object, world, channel, errors);
    StoredMessage forwarded = forward ? forwardTarget(object, world, errors) : null;
    if (!errors.isEmpty()) {
      return refused(errors.toResponse());
    }
    if (forwarded != null && forwarded.extras().poll() != null) {
      return refused(DiscordErrors.error(400, 50068, "Invalid message type"));
    }
    if (content.isEmpty()
        && embeds.isEmpty()
        && components.isEmpty()
        && stickerItems.isEmpty()
        && files.isEmpty()
        && poll == null
        && forwarded == null) {
      return refused(DiscordErrors.emptyMessage());
    }
    ObjectNode reference = null;
    ArrayNode snapshots = Json.array();
    if (forwarded != null) {
      reference = Json.object();
      reference.put("type", 1);
      reference.put("channel_id", Json.id(forwarded.channelId()));
      reference.put("message_id", Json.id(forwarded.id()));
      reference.put("guild_id", Json.id(forwarded.guildId()));
      snapshots.add(forwarded.toSnapshotJson());
      flags |= StoredMessage.FLAG_HAS_SNAPSHOT;
    }
    ArrayNode attachments = attachments(files, attachmentRequests, world, channel);
    MessageExtras extras =
        MessageExtras.NONE
            .withFlags(flags)
            .edited(null, attachments)
            .withParts(stickerItems, poll, reference, snapshots);
    return new CreateMessageValidation(
        new MessageDraft(
            channel.id(), authorId, content, tts, nonce, embeds, components, replyTo, extras),
        null);
  }

  /**
   * Turns uploaded files into attachment objects ({@code resources/message.mdx}, "Attachment
   * Object"), with the metadata of the attachment request whose {@code id} is the file's number,
   * and stores their content where the attachments' URLs point.
   *
   * @param files the uploaded files
   * @param requests the {@code attachments} of the body
   * @param world the world, for ids and the file store
   * @param channel the message's channel
   * @return the attachment objects
   */
  public static ArrayNode attachments(
      List<MessageUpload.File> files, ArrayNode requests, World world, GuildChannel channel) {
    ArrayNode attachments = Json.array();
    for (MessageUpload.File file : files) {
      ObjectNode request = Json.object();
      for (JsonNode candidate : requests) {
        if (candidate instanceof ObjectNode object
            && object.path("id").asString("").equals(Integer.toString(file.index()))) {
          request = object;
        }
      }
      long id = world.nextId();
      String filename = request.path("filename").asString(file.filename());
      boolean spoiler = request.path("is_spoiler").asBoolean(false);
      String url =
          world
              .attachmentFiles()
              .store(
                  channel.id(),
                  id,
                  filename,
                  new AttachmentFiles.File(file.contentType(), file.bytes()));
      ObjectNode attachment = attachments.addObject();
      attachment.put("id", Json.id(id));
      attachment.put("filename", filename);
      for (String field : List.of("title", "description")) {
        if (request.hasNonNull(field)) {
          attachment.put(field, request.get(field).asString());
        }
      }
      attachment.put("content_type", file.contentType());
      attachment.put("size", file.bytes().length);
      attachment.put("url", url);
      attachment.put("proxy_url", url);
      if (spoiler) {
        attachment.put("flags", ATTACHMENT_IS_SPOILER);
      }
    }
    return attachments;
  }

  private static ArrayNode stickerItems(
      ArrayNode stickerIds, GuildChannel channel, FormErrors errors) {
    ArrayNode items = Json.array();
    if (stickerIds.size() > MAX_STICKERS) {
      errors.add(
          "sticker_ids",
          "BASE_TYPE_MAX_LENGTH",
          "Must be " + MAX_STICKERS + " or fewer in length.");
      return items;
    }
    for (int i = 0; i < stickerIds.size(); i++) {
      Optional<ObjectNode> sticker =
          Json.readId(stickerIds.get(i)).flatMap(id -> channel.guild().stickers().get(id));
      if (sticker.isEmpty()) {
        errors.add("sticker_ids." + i, "STICKER_NOT_FOUND", "Unknown Sticker");
        continue;
      }
      ObjectNode item = items.addObject();
      item.set("id", sticker.get().get("id"));
      item.set("name", sticker.get().get("name"));
      item.put("format_type", sticker.get().path("format_type").asInt(1));
    }
    return items;
  }

  // The poll object from a poll create request: answers numbered from 1, duration turned into
  // expiry (resources/poll.mdx, "Poll Create Request Object").
  private static ObjectNode poll(ObjectNode request, World world, FormErrors errors) {
    ObjectNode poll = Json.object();
    ObjectNode question = poll.putObject("question");
    question.put("text", request.path("question").path("text").asString(""));
    ArrayNode answers = poll.putArray("answers");
    JsonNode requested = request.path("answers");
    for (int i = 0; i < requested.size(); i++) {
      JsonNode media = requested.get(i).path("poll_media");
      String text = media.path("text").asString("");
      if (text.codePointCount(0, text.length()) > MAX_POLL_ANSWER_LENGTH) {
        errors.add(
            "poll.answers." + i + ".poll_media.text",
            "BASE_TYPE_MAX_LENGTH",
            "Must be " + MAX_POLL_ANSWER_LENGTH + " or fewer in length.");
      }
      ObjectNode answer = answers.addObject();
      answer.put("answer_id", i + 1);
      ObjectNode answerMedia = answer.putObject("poll_media");
      answerMedia.put("text", text);
      if (media.get("emoji") instanceof ObjectNode emoji) {
        ObjectNode partial = answerMedia.putObject("emoji");
        partial.set("id", emoji.hasNonNull("id") ? emoji.get("id") : Json.object().nullNode());
        partial.set(
            "name", emoji.hasNonNull("name") ? emoji.get("name") : Json.object().nullNode());
      }
    }
    long hours = request.path("duration").asLong(24);
    if (hours < 1 || hours > MAX_POLL_HOURS) {
      errors.add(
          "poll.duration",
          "NUMBER_TYPE_MAX",
          "int value should be between 1 and " + MAX_POLL_HOURS + ".");
    }
    poll.put("expiry", DiscordTime.format(world.now().plus(Duration.ofHours(Math.max(1, hours)))));
    poll.put("allow_multiselect", request.path("allow_multiselect").asBoolean(false));
    poll.put("layout_type", request.path("layout_type").asInt(1));
    return poll;
  }

  private static StoredMessage forwardTarget(ObjectNode object, World world, FormErrors errors) {
    JsonNode reference = object.get("message_reference");
    Optional<Long> messageId = Json.readId(reference.get("message_id"));
    Optional<Long> channelId = Json.readId(reference.get("channel_id"));
    Optional<StoredMessage> target =
        messageId.flatMap(m -> channelId.flatMap(c -> world.messages().find(c, m)));
    if (target.isEmpty()) {
      errors.add("message_reference", "MESSAGE_REFERENCE_UNKNOWN_MESSAGE", "Unknown message");
      return null;
    }
    return target.get();
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
