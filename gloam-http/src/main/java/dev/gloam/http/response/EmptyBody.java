package dev.gloam.http.response;

/**
 * The model of an answer without a body, such as Discord's 204 No Content after a delete.
 *
 * <pre>{@code
 * Response<EmptyBody> response = client.deleteMessage(channelId, messageId).send();
 * }</pre>
 */
public enum EmptyBody {
  /** The only instance. */
  INSTANCE
}
