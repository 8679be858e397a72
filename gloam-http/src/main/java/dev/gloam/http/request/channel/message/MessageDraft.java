package dev.gloam.http.request.channel.message;

import dev.gloam.http.request.AttachmentFile;
import dev.gloam.http.request.Multipart;
import dev.gloam.http.transport.RequestBody;
import dev.gloam.model.channel.message.MessageFlags;
import dev.gloam.model.channel.message.attachment.AttachmentRequest;
import dev.gloam.model.channel.message.component.Component;
import dev.gloam.model.json.ModelJson;
import dev.gloam.validate.ValidationException;
import dev.gloam.validate.component.ComponentChecks;
import dev.gloam.validate.message.MessageChecks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The fields of a message being sent or edited, shared by every request that carries one: create
 * and edit message, execute webhook and edit its messages, interaction responses and follow-ups. It
 * holds the JSON fields, the files to upload and the checks, and builds either a JSON body or a
 * multipart body whose {@code payload_json} lists the files in {@code attachments} (reference,
 * "Uploading Files").
 *
 * <p>Requests expose the setters through {@link MessageFields} and its companions; programs rarely
 * use a draft directly.
 */
public final class MessageDraft {
  private final ObjectNode node = ModelJson.mapper().createObjectNode();
  private final Map<String, Runnable> checks = new LinkedHashMap<>();
  private final List<AttachmentFile> files = new ArrayList<>();
  private List<AttachmentRequest> kept;
  private List<Component> components;

  /** Creates an empty draft. */
  public MessageDraft() {}

  /**
   * Sets a field; {@code null} sends JSON {@code null}, which clears the field of an edited
   * message.
   *
   * @param name the field's JSON name
   * @param value the value, written with the model's JSON codec
   * @param check the check of the value, run when the request is sent, or {@code null}
   */
  public void set(String name, Object value, Runnable check) {
    node.set(name, value == null ? node.nullNode() : ModelJson.mapper().valueToTree(value));
    if (check == null) {
      checks.remove(name);
    } else {
      checks.put(name, check);
    }
  }

  /**
   * Returns whether a field was set, to a value or to {@code null}.
   *
   * @param name the field's JSON name
   * @return {@code true} if the field will be sent
   */
  public boolean has(String name) {
    return node.has(name);
  }

  /**
   * Returns whether a field was set to something other than {@code null}, an empty text or an empty
   * list.
   *
   * @param name the field's JSON name
   * @return {@code true} if the field has a value
   */
  public boolean hasValue(String name) {
    JsonNode value = node.get(name);
    return value != null
        && !value.isNull()
        && !(value.isContainer() && value.isEmpty())
        && !(value.isString() && value.asString().isEmpty());
  }

  void components(List<Component> components) {
    this.components = components == null ? null : List.copyOf(components);
    set("components", components, null);
  }

  void addFiles(List<AttachmentFile> more) {
    files.addAll(more);
  }

  void keep(List<AttachmentRequest> attachments) {
    kept = List.copyOf(attachments);
  }

  /**
   * Returns whether a file is attached.
   *
   * @return {@code true} if the body will be multipart
   */
  public boolean hasFiles() {
    return !files.isEmpty();
  }

  /**
   * Returns the flags set, or none.
   *
   * @return the flags
   */
  public MessageFlags flags() {
    JsonNode flags = node.get("flags");
    return flags == null || flags.isNull() ? MessageFlags.NONE : MessageFlags.of(flags.asLong());
  }

  /**
   * Runs the checks of every field set: limits, files' descriptions, components (with the rules of
   * the {@code IS_COMPONENTS_V2} flag if it is set).
   *
   * @throws ValidationException if a field breaks a limit
   */
  public void validate() {
    for (Runnable check : checks.values()) {
      check.run();
    }
    for (int i = 0; i < files.size(); i++) {
      MessageChecks.attachmentDescription(
          "attachments[" + i + "].description", files.get(i).description());
    }
    boolean v2 = flags().contains(MessageFlags.IS_COMPONENTS_V2);
    ComponentChecks.messageComponents(components, v2);
    if (v2) {
      for (String field : new String[] {"content", "embeds", "poll", "sticker_ids"}) {
        if (hasValue(field)) {
          throw new ValidationException(
              field,
              ValidationException.Rule.NOT_ALLOWED,
              "not with the IS_COMPONENTS_V2 flag, use text display components",
              "set");
        }
      }
    }
  }

  /**
   * Runs {@link #validate()}, then checks that a new message has something to show: content,
   * embeds, components, stickers, a poll or a file.
   *
   * @throws ValidationException if a field breaks a limit or the message would be empty
   */
  public void validateNewMessage() {
    validate();
    MessageChecks.notEmpty(
        hasValue("content"),
        hasValue("embeds"),
        hasValue("components"),
        hasValue("sticker_ids"),
        hasValue("poll"),
        hasFiles());
  }

  /**
   * Returns the fields as JSON, with the {@code attachments} array listing the kept attachments and
   * then the files to upload by their index.
   *
   * @return a new tree
   */
  public ObjectNode tree() {
    ObjectNode tree = node.deepCopy();
    if (kept != null || !files.isEmpty()) {
      ArrayNode attachments = tree.putArray("attachments");
      if (kept != null) {
        kept.forEach(a -> attachments.add(ModelJson.mapper().<JsonNode>valueToTree(a)));
      }
      for (int i = 0; i < files.size(); i++) {
        AttachmentFile file = files.get(i);
        AttachmentRequest upload = AttachmentRequest.upload(i, file.filename());
        if (file.description() != null) {
          upload =
              new AttachmentRequest(
                  upload.id(),
                  upload.filename(),
                  Optional.empty(),
                  Optional.of(file.description()),
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty());
        }
        attachments.add(ModelJson.mapper().<JsonNode>valueToTree(upload));
      }
    }
    return tree;
  }

  /**
   * Builds the body of a request whose JSON is this draft alone: {@code body(tree())}.
   *
   * @return the body
   */
  public RequestBody body() {
    return body(tree());
  }

  /**
   * Builds the body: JSON if no file is attached, otherwise multipart with the JSON as {@code
   * payload_json} and the files as {@code files[n]}.
   *
   * @param payload the whole JSON body, which contains this draft's {@link #tree()} (itself, or
   *     nested as an interaction response's {@code data})
   * @return the body
   */
  public RequestBody body(ObjectNode payload) {
    byte[] json = ModelJson.writeBytes(payload);
    if (files.isEmpty()) {
      return new RequestBody.Json(json);
    }
    Multipart multipart =
        new Multipart()
            .text("payload_json", new String(json, java.nio.charset.StandardCharsets.UTF_8));
    for (int i = 0; i < files.size(); i++) {
      multipart.file("files[" + i + "]", files.get(i));
    }
    return multipart.build();
  }

  @Override
  public String toString() {
    return "MessageDraft" + node.propertyNames() + "+" + files.size() + " files";
  }
}
