package dev.gloam.model.application.command;

import dev.gloam.model.id.Id;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A value of a command option: the value of a choice, or what a user entered for an option. Maps
 * the "string, integer, double or boolean" {@code value} fields of Discord's "Application Command
 * Option Choice Structure" and "Application Command Interaction Data Option Structure"
 * (interactions/application-commands, interactions/receiving-and-responding).
 *
 * <p>The variant follows the JSON value, not the option's type, so a value is written back exactly
 * as Discord sent it: {@code 5} stays an {@link IntegerValue} and {@code 5.0} a {@link
 * NumberValue}. Users, channels, roles, mentionables and attachments arrive as id strings; read
 * them with {@link #asId()}. During autocomplete, the focused option's value is whatever the user
 * typed so far, usually a string even for numeric options.
 */
@JsonDeserialize(using = CommandOptionValueDeserializer.class)
public sealed interface CommandOptionValue
    permits StringValue, IntegerValue, NumberValue, BooleanValue {

  /**
   * Returns the value as text: the string itself, or the number or boolean in decimal form.
   *
   * @return the text
   */
  String asString();

  /**
   * Reads the value as a snowflake id, as sent for user, channel, role, mentionable and attachment
   * options.
   *
   * @param <M> the marker of the resource the id names
   * @return the id
   * @throws IllegalArgumentException if the value is not an id
   */
  default <M> Id<M> asId() {
    return Id.parse(asString());
  }
}
