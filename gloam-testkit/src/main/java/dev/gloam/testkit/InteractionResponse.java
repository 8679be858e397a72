package dev.gloam.testkit;

/**
 * How the bot answered an interaction the human started: the body of its {@code POST
 * /interactions/{id}/{token}/callback} (interactions/receiving-and-responding.mdx, "Interaction
 * Response Object").
 *
 * @param type the interaction callback type: 4 message, 5 deferred message, 6 deferred update, 7
 *     update message, 8 autocomplete result, 9 modal
 * @param content the message content of types 4 and 7, empty otherwise
 * @param ephemeral whether the answer is a message only the human sees (flag 64)
 * @param messageId the message the answer created or updated, or 0 for none
 * @param modalCustomId the {@code custom_id} of the modal the bot opened (type 9), or empty
 * @param json the callback body as the bot sent it, as JSON text
 */
public record InteractionResponse(
    int type,
    String content,
    boolean ephemeral,
    long messageId,
    String modalCustomId,
    String json) {

  /** CHANNEL_MESSAGE_WITH_SOURCE: the bot answered with a message. */
  public static final int CHANNEL_MESSAGE_WITH_SOURCE = 4;

  /** DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE: "the bot is thinking", a message follows. */
  public static final int DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE = 5;

  /** DEFERRED_UPDATE_MESSAGE: the bot will edit the component's message later. */
  public static final int DEFERRED_UPDATE_MESSAGE = 6;

  /** UPDATE_MESSAGE: the bot edited the component's message. */
  public static final int UPDATE_MESSAGE = 7;

  /** MODAL: the bot opened a modal, which the human may submit. */
  public static final int MODAL = 9;
}
