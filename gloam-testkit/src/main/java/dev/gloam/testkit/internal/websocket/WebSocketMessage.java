package dev.gloam.testkit.internal.websocket;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A whole data message, its fragments joined.
 *
 * @param text whether it was sent as text (otherwise binary)
 * @param data the message bytes
 */
public record WebSocketMessage(boolean text, byte[] data) {

  /**
   * Decodes the message as strict UTF-8, as RFC 6455 requires of text messages.
   *
   * @return the text
   * @throws WebSocketProtocolException with 1007 if the bytes are not valid UTF-8
   */
  public String decodeText() throws WebSocketProtocolException {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(data))
          .toString();
    } catch (CharacterCodingException e) {
      throw new WebSocketProtocolException(CloseCodes.INVALID_PAYLOAD, "message is not UTF-8");
    }
  }
}
