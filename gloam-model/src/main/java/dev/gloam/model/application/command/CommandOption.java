package dev.gloam.model.application.command;

import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * An option of an application command: a parameter, a subcommand or a subcommand group. Maps
 * Discord's "Application Command Option Structure" (interactions/application-commands), whose
 * fields depend on the option's {@code type}; each type is a variant, and a type gloam does not
 * know is kept as an {@link UnknownCommandOption}.
 *
 * <pre>{@code
 * switch (option) {
 *   case SubCommandOption sub -> ...;
 *   case StringOption string -> ...;
 *   default -> ...;
 * }
 * }</pre>
 */
@JsonDeserialize(using = CommandOptionDeserializer.class)
public sealed interface CommandOption
    permits SubCommandOption,
        SubCommandGroupOption,
        StringOption,
        IntegerOption,
        BooleanOption,
        UserOption,
        ChannelOption,
        RoleOption,
        MentionableOption,
        NumberOption,
        AttachmentOption,
        UnknownCommandOption {

  /**
   * Returns the option's type, which selects the variant.
   *
   * @return the type
   */
  @JsonProperty("type")
  CommandOptionType type();

  /**
   * Returns the option's name.
   *
   * @return the name
   */
  String name();
}
