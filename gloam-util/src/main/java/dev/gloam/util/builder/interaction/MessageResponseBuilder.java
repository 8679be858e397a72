package dev.gloam.util.builder.interaction;

import dev.gloam.model.application.interaction.ChannelMessageWithSourceResponse;
import dev.gloam.model.application.interaction.InteractionCallbackMessageData;
import dev.gloam.model.application.interaction.InteractionResponse;
import dev.gloam.model.application.interaction.UpdateMessageResponse;
import dev.gloam.model.channel.message.AllowedMentions;
import dev.gloam.model.channel.message.MessageFlags;
import dev.gloam.model.channel.message.attachment.AttachmentRequest;
import dev.gloam.model.channel.message.component.Component;
import dev.gloam.model.channel.message.embed.Embed;
import dev.gloam.model.channel.message.poll.PollCreateRequest;
import dev.gloam.validate.ValidationException;
import dev.gloam.validate.component.ComponentChecks;
import dev.gloam.validate.embed.EmbedChecks;
import dev.gloam.validate.message.MessageChecks;
import dev.gloam.validate.poll.PollChecks;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Builds a response that carries a message (interactions/receiving-and-responding, "Interaction
 * Callback Data Structure", "Messages"): a reply ({@code CHANNEL_MESSAGE_WITH_SOURCE}) or an edit
 * of the message a component is on ({@code UPDATE_MESSAGE}).
 *
 * <pre>{@code
 * ChannelMessageWithSourceResponse reply = MessageResponseBuilder.channelMessageWithSource()
 *     .content("Rolled a 4")
 *     .flags(MessageFlags.EPHEMERAL)
 *     .allowedMentions(AllowedMentions.none())
 *     .build();
 * }</pre>
 *
 * <p>Not thread-safe.
 *
 * @param <R> the response this builder makes
 */
public final class MessageResponseBuilder<R extends InteractionResponse> {
  /** The flags a response may set; every other bit is rejected. */
  static final MessageFlags ALLOWED_FLAGS =
      MessageFlags.SUPPRESS_EMBEDS.with(
          MessageFlags.EPHEMERAL,
          MessageFlags.IS_COMPONENTS_V2,
          MessageFlags.IS_VOICE_MESSAGE,
          MessageFlags.SUPPRESS_NOTIFICATIONS);

  private final Function<InteractionCallbackMessageData, R> response;
  private final boolean newMessage;
  private Boolean tts;
  private String content;
  private List<Embed> embeds;
  private AllowedMentions allowedMentions;
  private MessageFlags flags;
  private List<Component> components;
  private List<AttachmentRequest> attachments;
  private PollCreateRequest poll;

  private MessageResponseBuilder(
      Function<InteractionCallbackMessageData, R> response, boolean newMessage) {
    this.response = response;
    this.newMessage = newMessage;
  }

  /**
   * Starts a reply with a message (type 4); it must show something: content, embeds, components, a
   * poll or a file.
   *
   * @return the builder
   */
  public static MessageResponseBuilder<ChannelMessageWithSourceResponse>
      channelMessageWithSource() {
    return new MessageResponseBuilder<>(
        data -> new ChannelMessageWithSourceResponse(Optional.of(data)), true);
  }

  /**
   * Starts an edit of the message a component is on (type 7); only the fields set change.
   *
   * @return the builder
   */
  public static MessageResponseBuilder<UpdateMessageResponse> updateMessage() {
    return new MessageResponseBuilder<>(
        data -> new UpdateMessageResponse(Optional.of(data)), false);
  }

  /**
   * Sets whether the message is read aloud.
   *
   * @param tts whether to read it aloud
   * @return this builder
   */
  public MessageResponseBuilder<R> tts(boolean tts) {
    this.tts = tts;
    return this;
  }

  /**
   * Sets the text, up to 2000 characters; not with {@code IS_COMPONENTS_V2}.
   *
   * @param content the text
   * @return this builder
   */
  public MessageResponseBuilder<R> content(String content) {
    this.content = Objects.requireNonNull(content, "content");
    return this;
  }

  /**
   * Replaces the embeds, up to 10 with 6000 characters together; not with {@code IS_COMPONENTS_V2}.
   *
   * @param embeds the embeds
   * @return this builder
   */
  public MessageResponseBuilder<R> embeds(List<Embed> embeds) {
    this.embeds = new ArrayList<>(embeds);
    return this;
  }

  /**
   * Adds an embed.
   *
   * @param embed the embed
   * @return this builder
   */
  public MessageResponseBuilder<R> embed(Embed embed) {
    if (embeds == null) {
      embeds = new ArrayList<>();
    }
    embeds.add(Objects.requireNonNull(embed, "embed"));
    return this;
  }

  /**
   * Replaces the components: up to 5 action rows, or with {@code IS_COMPONENTS_V2} up to 40
   * components of any layout.
   *
   * @param components the top-level components
   * @return this builder
   */
  public MessageResponseBuilder<R> components(List<Component> components) {
    this.components = new ArrayList<>(components);
    return this;
  }

  /**
   * Adds a top-level component.
   *
   * @param component the component
   * @return this builder
   */
  public MessageResponseBuilder<R> component(Component component) {
    if (components == null) {
      components = new ArrayList<>();
    }
    components.add(Objects.requireNonNull(component, "component"));
    return this;
  }

  /**
   * Sets which mentions in the content notify.
   *
   * @param allowedMentions the allowed mentions, as built by {@code AllowedMentionsBuilder}
   * @return this builder
   */
  public MessageResponseBuilder<R> allowedMentions(AllowedMentions allowedMentions) {
    this.allowedMentions = allowedMentions;
    return this;
  }

  /**
   * Sets the message flags; a response may set only {@code EPHEMERAL}, {@code SUPPRESS_EMBEDS},
   * {@code SUPPRESS_NOTIFICATIONS}, {@code IS_COMPONENTS_V2} and {@code IS_VOICE_MESSAGE}.
   *
   * @param flags the flags, combined with {@link MessageFlags#with}
   * @return this builder
   */
  public MessageResponseBuilder<R> flags(MessageFlags flags) {
    this.flags = flags;
    return this;
  }

  /**
   * Replaces the attachments: files uploaded with the response (described by {@link
   * AttachmentRequest#upload}) or kept ones.
   *
   * @param attachments the attachments
   * @return this builder
   */
  public MessageResponseBuilder<R> attachments(List<AttachmentRequest> attachments) {
    this.attachments = new ArrayList<>(attachments);
    return this;
  }

  /**
   * Adds an attachment.
   *
   * @param attachment the attachment
   * @return this builder
   */
  public MessageResponseBuilder<R> attachment(AttachmentRequest attachment) {
    if (attachments == null) {
      attachments = new ArrayList<>();
    }
    attachments.add(Objects.requireNonNull(attachment, "attachment"));
    return this;
  }

  /**
   * Sets the poll to create with the message; not with {@code IS_COMPONENTS_V2}.
   *
   * @param poll the poll, as built by {@code PollBuilder}
   * @return this builder
   */
  public MessageResponseBuilder<R> poll(PollCreateRequest poll) {
    this.poll = poll;
    return this;
  }

  /**
   * Builds the response and checks the message: content length, embeds, components (classic rows or
   * components v2 by the flag), allowed mentions, flags a response may set, fields components v2
   * disables, the poll, attachment descriptions, and for a reply that it shows something.
   *
   * @return the response
   * @throws ValidationException if a field breaks a limit, with a path such as {@code
   *     data.embeds[0].title}
   */
  public R build() {
    List<Embed> embedList = embeds == null ? null : List.copyOf(embeds);
    List<Component> componentList = components == null ? null : List.copyOf(components);
    List<AttachmentRequest> attachmentList = attachments == null ? null : List.copyOf(attachments);
    check(embedList, componentList, attachmentList);
    return response.apply(
        new InteractionCallbackMessageData(
            Optional.ofNullable(tts),
            Optional.ofNullable(content),
            Optional.ofNullable(embedList),
            Optional.ofNullable(allowedMentions),
            Optional.ofNullable(flags),
            Optional.ofNullable(componentList),
            Optional.ofNullable(attachmentList),
            Optional.ofNullable(poll)));
  }

  private void check(
      List<Embed> embedList, List<Component> componentList, List<AttachmentRequest> files) {
    boolean componentsV2 = flags != null && flags.contains(MessageFlags.IS_COMPONENTS_V2);
    if (flags != null && !ALLOWED_FLAGS.contains(flags)) {
      throw new ValidationException(
          "data.flags",
          ValidationException.Rule.NOT_ALLOWED,
          "only " + ALLOWED_FLAGS + " in a response",
          flags.toString());
    }
    if (componentsV2) {
      disabledByComponentsV2("data.content", content);
      disabledByComponentsV2("data.embeds", embedList);
      disabledByComponentsV2("data.poll", poll);
    }
    try {
      MessageChecks.content(content);
      MessageChecks.allowedMentions(allowedMentions);
    } catch (ValidationException e) {
      throw e.under("data");
    }
    EmbedChecks.embeds("data.embeds", embedList);
    ComponentChecks.messageComponents("data.components", componentList, componentsV2);
    PollChecks.poll("data.poll", poll);
    if (files != null) {
      for (int i = 0; i < files.size(); i++) {
        MessageChecks.attachmentDescription(
            "data.attachments[" + i + "].description", files.get(i).description().orElse(null));
      }
    }
    if (newMessage) {
      try {
        MessageChecks.notEmpty(
            content != null && !content.isEmpty(),
            embedList != null && !embedList.isEmpty(),
            componentList != null && !componentList.isEmpty(),
            false,
            poll != null,
            files != null && !files.isEmpty());
      } catch (ValidationException e) {
        throw e.under("data");
      }
    }
  }

  private static void disabledByComponentsV2(String field, Object value) {
    if (value != null) {
      throw new ValidationException(
          field,
          ValidationException.Rule.NOT_ALLOWED,
          "not with the IS_COMPONENTS_V2 flag; use text display and container components",
          "set");
    }
  }
}
