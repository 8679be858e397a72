package dev.gloam.http.request.lobby;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.channel.message.AllowedMentions;
import dev.gloam.model.channel.message.MessageFlags;
import dev.gloam.model.channel.message.MessageReference;
import dev.gloam.model.channel.message.Nonce;
import dev.gloam.model.channel.message.SharedClientTheme;
import dev.gloam.model.channel.message.attachment.AttachmentRequest;
import dev.gloam.model.channel.message.component.Component;
import dev.gloam.model.channel.message.embed.Embed;
import dev.gloam.model.channel.message.poll.PollCreateRequest;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.LobbyMarker;
import dev.gloam.model.id.marker.StickerMarker;
import dev.gloam.model.lobby.LobbyMessage;
import dev.gloam.validate.Check;
import dev.gloam.validate.lobby.LobbyChecks;
import java.util.List;

/**
 * Sends a message to a lobby. Maps "Send Lobby Message" ({@code POST /lobbies/{lobby.id}/messages},
 * resources/lobby). Obtained from {@link dev.gloam.http.LobbyRequests#createLobbyMessage}.
 *
 * <pre>{@code
 * LobbyMessage sent = client.createLobbyMessage(lobbyId).content("gg").send().model();
 * }</pre>
 */
public final class CreateLobbyMessage extends Request<LobbyMessage> {
  /**
   * Creates the request; use {@link dev.gloam.http.LobbyRequests#createLobbyMessage} instead.
   *
   * @param transport the client's transport
   * @param lobbyId the lobby
   */
  public CreateLobbyMessage(Transport transport, Id<LobbyMarker> lobbyId) {
    super(transport, Route.CREATE_LOBBY_MESSAGE, BodyReader.of(LobbyMessage.class), lobbyId);
  }

  /**
   * Sets the text.
   *
   * @param content up to 4000 characters
   * @return this request
   */
  public CreateLobbyMessage content(String content) {
    json().set("content", content);
    check(() -> LobbyChecks.content(content));
    return this;
  }

  /**
   * Sets the embeds.
   *
   * @param embeds up to 10 embeds
   * @return this request
   */
  public CreateLobbyMessage embeds(List<Embed> embeds) {
    json().set("embeds", embeds);
    check(() -> Check.count("embeds", embeds, 0, 10));
    return this;
  }

  /**
   * Sets which mentions notify.
   *
   * @param allowedMentions the mentions allowed
   * @return this request
   */
  public CreateLobbyMessage allowedMentions(AllowedMentions allowedMentions) {
    json().set("allowed_mentions", allowedMentions);
    return this;
  }

  /**
   * Sets the stickers.
   *
   * @param stickerIds up to 3 stickers
   * @return this request
   */
  public CreateLobbyMessage stickerIds(List<Id<StickerMarker>> stickerIds) {
    json().set("sticker_ids", stickerIds);
    check(() -> Check.count("sticker_ids", stickerIds, 0, 3));
    return this;
  }

  /**
   * Sets the message components.
   *
   * @param components the components
   * @return this request
   */
  public CreateLobbyMessage components(List<Component> components) {
    json().set("components", components);
    return this;
  }

  /**
   * Sets the message flags.
   *
   * @param flags the flags
   * @return this request
   */
  public CreateLobbyMessage flags(MessageFlags flags) {
    json().set("flags", flags);
    return this;
  }

  /**
   * Sets the attachment descriptions.
   *
   * @param attachments the attachments
   * @return this request
   */
  public CreateLobbyMessage attachments(List<AttachmentRequest> attachments) {
    json().set("attachments", attachments);
    return this;
  }

  /**
   * Attaches a poll.
   *
   * @param poll the poll
   * @return this request
   */
  public CreateLobbyMessage poll(PollCreateRequest poll) {
    json().set("poll", poll);
    return this;
  }

  /**
   * Shares a client theme.
   *
   * @param sharedClientTheme the theme
   * @return this request
   */
  public CreateLobbyMessage sharedClientTheme(SharedClientTheme sharedClientTheme) {
    json().set("shared_client_theme", sharedClientTheme);
    return this;
  }

  /**
   * Makes the message a reply.
   *
   * @param messageReference the message replied to
   * @return this request
   */
  public CreateLobbyMessage messageReference(MessageReference messageReference) {
    json().set("message_reference", messageReference);
    return this;
  }

  /**
   * Sets a nonce to recognise the message by.
   *
   * @param nonce the nonce, up to 25 characters if text
   * @return this request
   */
  public CreateLobbyMessage nonce(Nonce nonce) {
    json().set("nonce", nonce);
    return this;
  }

  /**
   * Makes Discord drop a second message with the same nonce.
   *
   * @param enforceNonce {@code true} to enforce
   * @return this request
   */
  public CreateLobbyMessage enforceNonce(boolean enforceNonce) {
    json().set("enforce_nonce", enforceNonce);
    return this;
  }

  /**
   * Sets whether the message is read aloud.
   *
   * @param tts {@code true} for text-to-speech
   * @return this request
   */
  public CreateLobbyMessage tts(boolean tts) {
    json().set("tts", tts);
    return this;
  }
}
