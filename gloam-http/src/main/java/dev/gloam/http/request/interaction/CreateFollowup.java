package dev.gloam.http.request.interaction;

import dev.gloam.http.request.Request;
import dev.gloam.http.request.channel.message.MessageDraft;
import dev.gloam.http.request.channel.message.PollField;
import dev.gloam.http.request.channel.message.TtsField;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.RequestBody;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.channel.message.Message;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.WebhookMarker;

/**
 * Sends a follow-up message to an interaction, up to 15 minutes after it arrived; Discord answers
 * with the message. It executes the application's webhook with the interaction's token and {@code
 * wait=true}, and is exempt from the global rate limit. Maps "Create Followup Message" ({@code POST
 * /webhooks/{application.id}/{interaction.token}}, interactions/receiving-and-responding). Obtained
 * from {@link dev.gloam.http.InteractionClient#createFollowup}.
 *
 * <pre>{@code
 * Message followup = client.interaction(applicationId)
 *     .createFollowup(token)
 *     .content("One more thing")
 *     .send()
 *     .model();
 * }</pre>
 */
public final class CreateFollowup extends Request<Message>
    implements PollField<CreateFollowup>, TtsField<CreateFollowup> {
  private final MessageDraft draft = new MessageDraft();

  /**
   * Creates the request; use {@link dev.gloam.http.InteractionClient#createFollowup} instead.
   *
   * @param transport the client's transport
   * @param applicationId the application, whose id is the webhook's id
   * @param token the interaction's token
   */
  public CreateFollowup(Transport transport, Id<WebhookMarker> applicationId, String token) {
    super(transport, Route.EXECUTE_WEBHOOK, BodyReader.of(Message.class), applicationId, token);
    query().set("wait", true);
  }

  @Override
  public MessageDraft draft() {
    return draft;
  }

  @Override
  protected void validate() {
    draft.validateNewMessage();
  }

  @Override
  protected RequestBody body() {
    return draft.body();
  }

  /** Follow-ups are exempt from the global rate limit. */
  @Override
  protected boolean interaction() {
    return true;
  }
}
