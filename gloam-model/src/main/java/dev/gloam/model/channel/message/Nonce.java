package dev.gloam.model.channel.message;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The value a client attaches to a message it sends, to recognise the message when it comes back.
 * Maps the {@code nonce} field of Discord's "Message Object" (resources/message), which is an
 * integer or a string; each form is kept as it came and written back the same way.
 *
 * <pre>{@code
 * Nonce nonce = Nonce.of("1311234567890123456");
 * }</pre>
 */
@JsonDeserialize(using = NonceDeserializer.class)
public sealed interface Nonce {

  /**
   * Creates a nonce sent as a JSON string.
   *
   * @param value the text, up to 25 characters
   * @return the nonce
   */
  static Nonce of(String value) {
    return new Text(value);
  }

  /**
   * Creates a nonce sent as a JSON integer.
   *
   * @param value the number
   * @return the nonce
   */
  static Nonce of(long value) {
    return new Number(value);
  }

  /**
   * Returns the nonce as text, whatever its form: the string, or the number in decimal.
   *
   * @return the nonce's text
   */
  String asString();

  /**
   * A nonce sent as a JSON integer.
   *
   * @param value the number
   */
  record Number(@JsonValue long value) implements Nonce {
    @Override
    public String asString() {
      return Long.toString(value);
    }
  }

  /**
   * A nonce sent as a JSON string.
   *
   * @param value the text
   */
  record Text(@JsonValue String value) implements Nonce {
    /**
     * Checks the text.
     *
     * @param value the text
     */
    public Text {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String asString() {
      return value;
    }
  }
}
